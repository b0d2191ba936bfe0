import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/auth/admin";
import { BannedReaders } from "@/components/moderation/banned-readers";
import { ModerationTabs } from "@/components/moderation/moderation-tabs";
import { BadQuery } from "@/components/moderation/notice";
import { Pagination } from "@/components/pagination";
import { countReportedComments, getBannedReaders } from "@/db/queries/moderation";
import { BANNED_PAGE_SIZE } from "@/lib/moderation";
import { parsePageParam, type SearchParams } from "@/lib/moderation-params";

export const metadata: Metadata = { title: "Banned readers" };

const pageHref = (page: number) =>
  page <= 1 ? "/admin/moderation/readers" : `/admin/moderation/readers?page=${page}`;

type Props = { searchParams: Promise<SearchParams> };

export default async function BannedReadersPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = parsePageParam(await searchParams);
  if (!parsed.ok) {
    return (
      <>
        <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Moderation</h1>
        <div className="mt-6">
          <BadQuery message={parsed.message} href={pageHref(1)} />
        </div>
      </>
    );
  }
  const page = parsed.query;
  const [{ readers, total }, reported] = await Promise.all([
    getBannedReaders({ page, pageSize: BANNED_PAGE_SIZE }),
    countReportedComments(),
  ]);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Moderation</h1>
      <ModerationTabs current="readers" reported={reported} />
      <p className="mt-4 mb-4 text-soft">
        Banned readers cannot sign in, comment, score or like. The{" "}
        <Link href="/admin/audit?action=reader.banned" className="link-accent">
          audit log
        </Link>{" "}
        says who banned whom.
      </p>
      <BannedReaders readers={readers} />
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / BANNED_PAGE_SIZE))}
        label="Banned readers pages"
        href={pageHref}
        previous="Later bans"
        next="Earlier bans"
      />
    </>
  );
}
