import Link from "next/link";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { getListCount } from "@/db/queries/reader-lists";
import { AddToList } from "./add-to-list";

/**
 * Under a review: how many readers' public lists hold its soundtrack (in the cached page, the same
 * for everyone, by its own tag), and the signed-in reader's "Add to a list".
 */
export async function ReviewLists({ soundtrackId, slug }: { soundtrackId: number; slug: string }) {
  await tagPage(reads.listedIn({ soundtrackId }));
  const count = await getListCount(soundtrackId);
  return (
    <section
      aria-labelledby="review-lists-heading"
      className="mx-auto max-w-6xl px-4 pb-10 sm:px-6"
    >
      <h2 id="review-lists-heading" className="font-serif text-2xl font-semibold">
        Lists
      </h2>
      <p className="mt-2" data-testid="list-count">
        {count === 0 ? (
          "On no reader’s public list yet."
        ) : (
          <Link href={`/reviews/${slug}/lists`} className="link-accent">
            In {count === 1 ? "1 reader’s list" : `${count} readers’ lists`}
          </Link>
        )}
      </p>
      <AddToList soundtrackId={soundtrackId} slug={slug} />
    </section>
  );
}
