import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { isTokenUsable } from "@/db/queries/auth-tokens";
import { DEAD_RESET_LINK } from "@/lib/auth/mail-messages";

// Read at every request: the link stops working the moment it is used or expires.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false, follow: false },
  // The secret address is not passed on to other sites.
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  if (!(await isTokenUsable(token, "reset-password"))) {
    return (
      <AuthCard title="This link no longer works" intro={DEAD_RESET_LINK}>
        <Link href="/forgot-password" className="link-accent">
          Ask for a new link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Choose a new password"
      intro="Choose a new password for your account. Every browser signed in to it will be signed out."
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
