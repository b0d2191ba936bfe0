import type { Metadata } from "next";
import { requireAdmin } from "@/auth/admin";
import { BouncedList } from "@/components/admin/bounced-list";
import { EmptyState } from "@/components/site/empty-state";
import { getBouncedSubscribers } from "@/db/queries/newsletter-subscribers";
import { BOUNCED_SHOWN } from "@/lib/newsletter";

export const metadata: Metadata = { title: "Newsletter" };

export default async function AdminNewsletterPage() {
  await requireAdmin();
  const bounced = await getBouncedSubscribers();
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Newsletter</h1>
      <h2 className="mt-8 font-serif text-2xl font-semibold">Refused addresses</h2>
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
