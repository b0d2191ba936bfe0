"use client";

import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { VERIFY_TO_COMMENT } from "@/lib/auth/mail-messages";

/** In place of the comment box, for a reader the site asks to confirm their address first. */
export function VerifyEmailPrompt() {
  return (
    <section
      aria-label="Confirm your email address"
      className="rounded-xl border border-stone-300/80 bg-white/60 p-5 dark:border-stone-700 dark:bg-stone-900/40"
    >
      <p>{VERIFY_TO_COMMENT}</p>
      <ResendVerificationForm className="mt-3" />
    </section>
  );
}
