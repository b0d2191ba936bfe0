import type { Metadata } from "next";
import { requireAdmin } from "@/auth/admin";
import { EmptyState } from "@/components/site/empty-state";
import { AuditFilters } from "@/components/moderation/audit-filters";
import { AuditList } from "@/components/moderation/audit-list";
import { CursorPagination } from "@/components/moderation/cursor-pagination";
import { BadQuery } from "@/components/moderation/notice";
import { getAdmins, getAuditActions, getAuditPage } from "@/db/queries/audit";
import { type AuditQuery, parseAuditQuery, type SearchParams } from "@/lib/moderation-params";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

function pageHref(query: AuditQuery, cursor: { before?: string; after?: string }) {
  const params = new URLSearchParams();
  if (query.action) params.set("action", query.action);
  if (query.admin) params.set("admin", query.admin);
  for (const [key, value] of Object.entries(cursor)) params.set(key, value);
  return `/admin/audit?${params}`;
}

async function AuditLog({ query }: { query: AuditQuery }) {
  const [page, actions, admins] = await Promise.all([
    getAuditPage({ ...query, pageSize: PAGE_SIZE }),
    getAuditActions(),
    getAdmins(),
  ]);
  const filtered = Boolean(query.action || query.admin);
  return (
    <>
      <AuditFilters actions={actions} admins={admins} action={query.action} admin={query.admin} />
      {page.rows.length === 0 ? (
        <div className="mt-6">
          <EmptyState title={filtered ? "No entries match these filters" : "Nothing logged yet"}>
            {filtered
              ? "Try another action or admin, or show everything."
              : "Every change an admin makes will be listed here."}
          </EmptyState>
        </div>
      ) : (
        <AuditList rows={page.rows} />
      )}
      <CursorPagination
        label="Audit log pages"
        newer={page.newer}
        older={page.older}
        href={(cursor) => pageHref(query, cursor)}
      />
    </>
  );
}

type Props = { searchParams: Promise<SearchParams> };

export default async function AuditPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = parseAuditQuery(await searchParams);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Audit log</h1>
      <p className="mt-2 text-soft">Every change an admin made, newest first.</p>
      {parsed.ok ? (
        <AuditLog query={parsed.query} />
      ) : (
        <div className="mt-6">
          <BadQuery message={parsed.message} href="/admin/audit" />
        </div>
      )}
    </>
  );
}
