import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard, OAuthButtons, SwitchLink } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FormMessage } from "@/components/form-field";
import { authErrorMessage } from "@/lib/auth/auth-errors";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back. Sign in to comment, score soundtracks and pick favourite tracks."
    >
      <FormMessage message={authErrorMessage(params.error)} />
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons callbackUrl={callbackUrl} />
      <SwitchLink
        href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        prompt="New here?"
        label="Create an account"
      />
    </AuthCard>
  );
}
