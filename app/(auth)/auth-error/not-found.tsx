import Link from "next/link";
import { primaryButtonClass, quietLinkClass } from "@/components/forms/button-styles";

export default function AuthErrorNotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-semibold">Signing in didn’t work</h1>
      <p className="mt-4 text-lg text-soft">
        Something went wrong on the way to signing you in. Nothing was changed; please try again.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/sign-in" className={primaryButtonClass}>
          Sign in
        </Link>
        <Link href="/" className={quietLinkClass}>
          This week’s review
        </Link>
      </div>
    </div>
  );
}
