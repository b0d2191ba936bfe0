import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { SwitchLink } from "@/components/auth/switch-link";
import { enabledOAuthProviders } from "@/lib/auth/providers";

export const metadata: Metadata = { title: "Create an account" };

// Static: where to go afterwards is read from the address in the browser (see the forms).
export default function SignUpPage() {
  return (
    <AuthCard
      title="Create an account"
      intro="Join the discussion each week, score soundtracks and see how your taste compares with the critic’s."
    >
      <SignUpForm />
      <OAuthButtons providers={enabledOAuthProviders} />
      <SwitchLink href="/sign-in" prompt="Already have an account?" label="Sign in" />
    </AuthCard>
  );
}
