import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/auth/admin";
import { CursorPagination } from "@/components/moderation/cursor-pagination";
import { ModerationQueue } from "@/components/moderation/moderation-queue";
import { ModerationTabs } from "@/components/moderation/moderation-tabs";
import { BadQuery } from "@/components/moderation/notice";
import { Pagination } from "@/components/pagination";
import {
  countReportedComments,
  getRecentComments,
  getReportedComments,
} from "@/db/queries/moderation";
import { MODERATION_PAGE_SIZE } from "@/lib/moderation";
import {
  type ModerationQuery,
  parseModerationQuery,
  type SearchParams,
} from "@/lib/moderation-params";

export const metadata: Metadata = { title: "Moderation" };

const reportedHref = (page: number) =>
  page <= 1 ? "/admin/moderation" : `/admin/moderation?page=${page}`;

async function ReportedView({ page, adminId }: { page: number; adminId: string }) {
  const { comments, total } = await getReportedComments({ page, pageSize: MODERATION_PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE));
  const beyond = page > pageCount;
  return (
    <>
      <ModerationTabs current="reported" reported={total} />
      <p className="mt-4 mb-4 text-soft">
        Comments readers reported, the most reported first. Hiding or deleting one resolves its
        reports.
      </p>
      <ModerationQueue
        comments={comments}
        adminId={adminId}
        empty={
          beyond
            ? {
                title: "Nothing on this page",
                body: (
                  <Link href={reportedHref(1)} className="link-accent">
                    Back to the first page
                  </Link>
                ),
              }
            : { title: "No reported comments. All clear.", body: "New reports will show here." }
        }
      />
      <Pagination
        page={page}
        pageCount={pageCount}
        label="Reported comments pages"
        href={reportedHref}
        previous="More reported"
        next="Less reported"
      />
    </>
  );
}

async function RecentView({ query, adminId }: { query: ModerationQuery; adminId: string }) {
  const [recent, reported] = await Promise.all([
    getRecentComments({ before: query.before, after: query.after, pageSize: MODERATION_PAGE_SIZE }),
    countReportedComments(),
  ]);
  return (
    <>
      <ModerationTabs current="recent" reported={reported} />
      <p className="mt-4 mb-4 text-soft">
        The newest comments on every review, whatever their state.
      </p>
      <ModerationQueue
        comments={recent.rows}
        adminId={adminId}
        empty={{ title: "No comments here", body: "Readers’ comments will show here." }}
      />
      <CursorPagination
        label="Recent comments pages"
        newer={recent.newer}
        older={recent.older}
        href={(cursor) => `/admin/moderation?${new URLSearchParams({ view: "recent", ...cursor })}`}
      />
    </>
  );
}

type Props = { searchParams: Promise<SearchParams> };

export default async function ModerationPage({ searchParams }: Props) {
  const admin = await requireAdmin();
  const parsed = parseModerationQuery(await searchParams);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Moderation</h1>
      {!parsed.ok ? (
        <div className="mt-6">
          <BadQuery message={parsed.message} href="/admin/moderation" />
        </div>
      ) : parsed.query.view === "recent" ? (
        <RecentView query={parsed.query} adminId={admin.id} />
      ) : (
        <ReportedView page={parsed.query.page} adminId={admin.id} />
      )}
    </>
  );
}
