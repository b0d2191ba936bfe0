import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard, OAuthButtons, SwitchLink } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <AuthCard
      title="Create an account"
      intro="Join the discussion each week, score soundtracks and see how your taste compares with the critic’s."
    >
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons callbackUrl={callbackUrl} />
      <SwitchLink
        href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        prompt="Already have an account?"
        label="Sign in"
      />
    </AuthCard>
  );
}
