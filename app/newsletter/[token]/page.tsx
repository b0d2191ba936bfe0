import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { DeadNewsletterLink } from "@/components/newsletter/dead-newsletter-link";
import { NewsletterPreferencesForm } from "@/components/newsletter/newsletter-token-form";
import { getSubscriberByToken } from "@/db/queries/newsletter-subscribers";

// Per subscriber and read at every request: never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Newsletter preferences",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

export default async function NewsletterPreferencesPage({ params }: Props) {
  const { token } = await params;
  const row = await getSubscriberByToken(token);
  if (!row) return <DeadNewsletterLink />;
  return (
    <AuthCard
      title="Newsletter preferences"
      intro="Each week’s review, by email. No sign-in needed: this page’s link is your key."
    >
      <NewsletterPreferencesForm token={token} email={row.email} state={row.state} />
    </AuthCard>
  );
}
