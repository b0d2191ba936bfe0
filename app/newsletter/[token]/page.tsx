import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { NewsletterTokenForm } from "@/components/newsletter/newsletter-token-form";
import { getSubscriberByToken } from "@/db/queries/newsletter-subscribers";
import { DEAD_NEWSLETTER_LINK } from "@/lib/newsletter";

// Per subscriber and read at every request: never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Newsletter preferences",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

const STATES = {
  pending: "This address has not confirmed its subscription yet.",
  subscribed: "This address gets the weekly newsletter.",
  unsubscribed: "This address does not get the newsletter.",
  bounced: "Mail to this address was refused by its server, so nothing more is sent to it.",
};

export default async function NewsletterPreferencesPage({ params }: Props) {
  const { token } = await params;
  const row = await getSubscriberByToken(token);
  if (!row) {
    return (
      <AuthCard title="This link does not work" intro={DEAD_NEWSLETTER_LINK}>
        {null}
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Newsletter preferences" intro={`${row.email}: ${STATES[row.state]}`}>
      {row.state === "subscribed" || row.state === "pending" ? (
        <NewsletterTokenForm
          kind="preferences"
          token={token}
          subscribed="off"
          label="Unsubscribe"
        />
      ) : row.state === "unsubscribed" ? (
        <NewsletterTokenForm
          kind="preferences"
          token={token}
          subscribed="on"
          label="Subscribe again"
        />
      ) : null}
    </AuthCard>
  );
}
