"use client";

import Link from "next/link";
import { primaryButtonClass, quietLinkClass } from "@/components/forms/button-styles";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-semibold">Something went wrong on our side</h1>
      <p className="mt-4 text-lg text-soft">
        The page couldn’t be loaded just now. Try again in a moment; if it keeps happening, the
        archive may still work.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <button type="button" onClick={reset} className={primaryButtonClass}>
          Try again
        </button>
        <Link href="/reviews" className={quietLinkClass}>
          Browse the archive
        </Link>
      </div>
    </div>
  );
}
