import type { Metadata } from "next";
import { requireAdmin } from "@/auth/admin";
import { BouncedList } from "@/components/admin/bounced-list";
import { LiveRefresh } from "@/components/admin/live-refresh";
import { NewsletterIssues } from "@/components/admin/newsletter-issues";
import { EmptyState } from "@/components/site/empty-state";
import { getNewsletterIssues } from "@/db/queries/newsletter-issues";
import { getBouncedSubscribers } from "@/db/queries/newsletter-subscribers";
import { BOUNCED_SHOWN, ISSUES_SHOWN, NEWSLETTER_TICK_MS } from "@/lib/newsletter";

export const metadata: Metadata = { title: "Newsletter" };

export default async function AdminNewsletterPage() {
  await requireAdmin();
  const [issues, bounced] = await Promise.all([
    getNewsletterIssues(ISSUES_SHOWN),
    getBouncedSubscribers(),
  ]);
  const underWay = issues.some((i) => i.state === "queued" || i.state === "sending");
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Newsletter</h1>
      <h2 className="mt-8 font-serif text-2xl font-semibold">Issues</h2>
      <p className="mt-2 max-w-prose text-soft">
        A review’s newsletter is queued when it goes live, to every subscriber then, and sent in the
        background. Pause it to hold the rest, or cancel it. The {ISSUES_SHOWN} most recent are
        listed.
      </p>
      {underWay && (
        <LiveRefresh seconds={NEWSLETTER_TICK_MS / 1000}>
          Sending: this page updates every few seconds.
        </LiveRefresh>
      )}
      {issues.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="No newsletter sent yet">
            When a review goes live, its newsletter is queued here for every subscriber, with its
            progress as it is sent.
          </EmptyState>
        </div>
      ) : (
        <NewsletterIssues issues={issues} />
      )}
      <h2 className="mt-10 font-serif text-2xl font-semibold">Refused addresses</h2>
      <p className="mt-2 max-w-prose text-soft">
        Addresses whose mail server refused the newsletter for good (an SMTP 5xx answer). They are
        not mailed again; a reader can change their address in their settings. The {BOUNCED_SHOWN}{" "}
        most recent are listed.
      </p>
      {bounced.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="No refused addresses">
            When a subscriber’s mail server refuses the newsletter for good, the address shows up
            here and is not mailed again.
          </EmptyState>
        </div>
      ) : (
        <BouncedList bounced={bounced} />
      )}
    </>
  );
}
