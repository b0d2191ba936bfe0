import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { NewsletterTokenForm } from "@/components/newsletter/newsletter-token-form";
import { now } from "@/db/clock.mjs";
import { DEAD_NEWSLETTER_LINK } from "@/lib/newsletter";
import { readNewsletterToken } from "@/lib/newsletter-tokens";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Confirm your subscription",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

export default async function ConfirmNewsletterPage({ params }: Props) {
  const { token } = await params;
  if (!readNewsletterToken("confirm", token, now())) {
    return (
      <AuthCard title="This link does not work" intro={DEAD_NEWSLETTER_LINK}>
        {null}
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Confirm your subscription"
      intro="One press and the weekly newsletter comes to this address."
    >
      <NewsletterTokenForm kind="confirm" token={token} label="Confirm my subscription" />
    </AuthCard>
  );
}
