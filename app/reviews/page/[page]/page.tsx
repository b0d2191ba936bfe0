import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArchivePage } from "@/components/archive/archive-page";
import { parsePageParam } from "@/lib/archive";
import { NO_FILTERS } from "@/lib/archive-filters";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `Archive, page ${page}` };
}

export default async function ReviewsArchivePage({ params }: Props) {
  const page = parsePageParam((await params).page);
  if (page === null) notFound();
  if (page === 1) redirect("/reviews");
  return <ArchivePage filters={{ ...NO_FILTERS, page }} />;
}
