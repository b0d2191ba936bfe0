"use client";

import { signInWithProvider } from "@/app/(auth)/sign-in/actions";
import { ActionStatus } from "@/components/forms/action-status";
import { useAction } from "@/components/forms/use-action";
import { useCallbackUrl } from "./use-callback-url";

type Provider = { id: string; name: string };

/** "Continue with GitHub / Google", shown only when those providers are configured. */
export function OAuthButtons({ providers }: { providers: Provider[] }) {
  const callbackUrl = useCallbackUrl();
  const { state, formAction, pending, onSubmit } = useAction(signInWithProvider);
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 border-t border-stone-300 pt-6 dark:border-stone-700">
      <p className="text-center text-sm text-soft">Or continue with</p>
      <div className="mt-3 grid gap-2">
        {providers.map((p) => (
          <form key={p.id} action={formAction} onSubmit={onSubmit}>
            <input type="hidden" name="provider" value={p.id} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button
              type="submit"
              aria-disabled={pending || undefined}
              className="w-full rounded-md border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 aria-disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {p.name}
            </button>
          </form>
        ))}
      </div>
      <ActionStatus state={state} tone="panel" className="mt-3" />
    </div>
  );
}
