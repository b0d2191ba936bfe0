import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { getConfirmationLink } from "@/db/queries/auth-tokens";
import { DEAD_VERIFY_LINK } from "@/lib/auth/mail-messages";

// Read at every request: the link stops working the moment it is used or expires.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Confirm your email address",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

/** Confirming takes a press of a button, not just a visit: a mail scanner opening links confirms nothing. */
export default async function VerifyEmailPage({ params }: Props) {
  const { token } = await params;
  const link = await getConfirmationLink(token);
  if (!link) {
    return (
      <AuthCard
        title="This link no longer works"
        intro={`${DEAD_VERIFY_LINK} Signed in, you can ask for a new one. Never finished signing up? “Forgot password?” on the sign-in page mails a link that confirms your address too.`}
      >
        <ResendVerificationForm />
      </AuthCard>
    );
  }
  if (link.signUpPending) {
    return (
      <AuthCard
        title="Finish signing up"
        intro={`Enter the password you chose to confirm ${link.email} and sign in.`}
      >
        <ConfirmEmailForm token={token} finishSignUp />
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Confirm your email address"
      intro="One step left: confirm that this address is yours, and you can join the discussion."
    >
      <ConfirmEmailForm token={token} />
    </AuthCard>
  );
}
