import Link from "next/link";
import { signInWithProvider } from "@/app/(auth)/sign-in/actions";
import { enabledOAuthProviders } from "@/lib/auth/providers";

export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      <p className="mt-2 text-soft">{intro}</p>
      <div className="mt-8 rounded-lg border border-stone-300 bg-white/60 p-6 shadow-sm dark:border-stone-700 dark:bg-stone-900/60">
        {children}
      </div>
    </div>
  );
}

export function OAuthButtons({ callbackUrl }: { callbackUrl: string }) {
  if (enabledOAuthProviders.length === 0) return null;
  return (
    <div className="mt-6 border-t border-stone-300 pt-6 dark:border-stone-700">
      <p className="text-center text-sm text-soft">Or continue with</p>
      <div className="mt-3 grid gap-2">
        {enabledOAuthProviders.map((p) => (
          <form key={p.id} action={signInWithProvider}>
            <input type="hidden" name="provider" value={p.id} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button
              type="submit"
              className="w-full rounded-md border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {p.name}
            </button>
          </form>
        ))}
      </div>
    </div>
  );
}

export function SwitchLink({
  href,
  prompt,
  label,
}: {
  href: string;
  prompt: string;
  label: string;
}) {
  return (
    <p className="mt-6 text-center text-sm">
      {prompt}{" "}
      <Link href={href} className="link-accent">
        {label}
      </Link>
    </p>
  );
}
