import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { DeadNewsletterLink } from "@/components/newsletter/dead-newsletter-link";
import { ConfirmNewsletterForm } from "@/components/newsletter/newsletter-token-form";
import { now } from "@/db/clock.mjs";
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
    return <DeadNewsletterLink />;
  }
  return (
    <AuthCard
      title="Confirm your subscription"
      intro="One press and the weekly newsletter comes to this address."
    >
      <ConfirmNewsletterForm token={token} />
    </AuthCard>
  );
}
