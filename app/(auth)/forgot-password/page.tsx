import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { SwitchLink } from "@/components/auth/switch-link";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      intro="Enter the email address you signed up with, and we will mail you a link to choose a new password."
    >
      <ForgotPasswordForm />
      <SwitchLink href="/sign-in" prompt="Remembered it?" label="Sign in" />
    </AuthCard>
  );
}
