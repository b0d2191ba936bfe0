import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SwitchLink } from "@/components/auth/switch-link";
import { enabledOAuthProviders } from "@/lib/auth/providers";

export const metadata: Metadata = { title: "Sign in" };

// Static: where to go afterwards is read from the address in the browser (see the forms).
export default function SignInPage() {
  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back. Sign in to comment, score soundtracks and pick favourite tracks."
    >
      <SignInForm />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="link-accent">
          Forgot password?
        </Link>
      </p>
      <OAuthButtons providers={enabledOAuthProviders} />
      <SwitchLink href="/sign-up" prompt="New here?" label="Create an account" />
    </AuthCard>
  );
}
