import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/auth/viewer";
import { FollowingActivityList } from "@/components/following/following-activity-list";
import { CursorPagination } from "@/components/moderation/cursor-pagination";
import { BadQuery } from "@/components/moderation/notice";
import { EmptyState } from "@/components/site/empty-state";
import { getFollowCounts } from "@/db/queries/follows";
import { getFollowingActivity } from "@/db/queries/following-activity";
import type { Direction } from "@/lib/keyset";
import { parseDirectionQuery, type SearchParams } from "@/lib/moderation-params";
import type { Viewer } from "@/lib/viewer";

export const metadata: Metadata = {
  title: "Following",
  robots: { index: false, follow: false },
};

function pageHref(cursor: { before?: string; after?: string }) {
  return `/following?${new URLSearchParams(cursor)}`;
}

/** An empty first page, saying why: nobody followed, or nothing from them yet. */
async function NothingYet({ viewer }: { viewer: Viewer }) {
  const { following } = await getFollowCounts(viewer.id);
  const findThem = (
    <Link href={`/u/${viewer.handle}#like-you-heading`} className="link-accent">
      Readers who score like you
    </Link>
  );
  const who = following === 1 ? "The reader" : `The ${following} readers`;
  return (
    <div className="mt-8">
      {following === 0 ? (
        <EmptyState title="You follow nobody yet">
          <p>
            Follow a reader from their profile (their name beside a comment leads there) and their
            scores and comments show here. {findThem}, on your profile, is a good place to start.
          </p>
        </EmptyState>
      ) : (
        <EmptyState title="Nothing from them yet">
          <p>
            {who} you follow {following === 1 ? "hasn’t" : "haven’t"} scored or commented on a
            review yet. Find more readers in {findThem}, on your profile.
          </p>
        </EmptyState>
      )}
    </div>
  );
}

async function Activity({ viewer, direction }: { viewer: Viewer; direction: Direction }) {
  const page = await getFollowingActivity(viewer.id, direction);
  if (page.rows.length === 0 && !direction.before && !direction.after) {
    return <NothingYet viewer={viewer} />;
  }
  return (
    <>
      {page.rows.length === 0 ? (
        <p className="mt-8 text-soft">Nothing more this way.</p>
      ) : (
        <FollowingActivityList items={page.rows} />
      )}
      <CursorPagination
        label="Following pages"
        newer={page.newer}
        older={page.older}
        href={pageHref}
      />
    </>
  );
}

type Props = { searchParams: Promise<SearchParams> };

/** The latest scores and comments of the readers the signed-in reader follows. */
export default async function FollowingPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/following")}`);
  const parsed = parseDirectionQuery(await searchParams);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-semibold">Following</h1>
      <p className="mt-2 text-soft">
        The latest scores and comments of the readers you follow, newest first.
      </p>
      {parsed.ok ? (
        <Activity viewer={viewer} direction={parsed.query} />
      ) : (
        <div className="mt-6">
          <BadQuery message={parsed.message} href="/following" />
        </div>
      )}
    </div>
  );
}
