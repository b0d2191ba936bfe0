import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { getPublicListsHolding } from "@/db/queries/reader-list-reads";
import { getLiveReviewBySlug } from "@/db/queries/reviews";
import { readerListPath } from "@/lib/list-rules";

// The same for everyone (public lists only), regenerated when a list holding it changes.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const review = await getLiveReviewBySlug((await params).slug);
  if (!review) return { title: "Review not found" };
  return { title: `Readers’ lists with ${review.soundtrack.filmTitle}` };
}

export default async function ListsHoldingPage({ params }: Props) {
  const review = await getLiveReviewBySlug((await params).slug);
  if (!review) notFound();
  const { soundtrack } = review;
  await tagPage(reads.listedIn({ soundtrackId: soundtrack.id }));
  const lists = await getPublicListsHolding(soundtrack.id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">Readers’ lists</p>
      <h1 className="mt-1 font-serif text-4xl font-semibold break-words">
        Lists with {soundtrack.filmTitle}
      </h1>
      <p className="mt-2 text-soft">
        <Link href={`/reviews/${review.slug}`} className="link-accent">
          Back to the review
        </Link>
      </p>
      {lists.length === 0 ? (
        <p className="mt-8 text-soft">No reader has it on a public list yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-300/70 dark:divide-stone-700">
          {lists.map((list) => (
            <li key={list.id} className="py-3">
              <Link href={readerListPath(list.handle, list.id)} className="link-accent font-medium">
                {list.title}
              </Link>{" "}
              <span className="text-sm text-soft">by {list.name}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
