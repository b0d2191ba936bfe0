import Link from "next/link";
import { SampleTag } from "@/components/sample-tag";
import { getWeekNeighbours, type WeekNeighbour } from "@/db/queries/reviews";
import { inSameWeek, weekLabel } from "@/lib/series-weeks";
import type { WeeklySlot } from "@/lib/weekly-slot";

type NeighbourProps = { review: WeekNeighbour; rel: "prev" | "next"; sameWeek: boolean };

const directions = {
  prev: { week: "← Previous week", same: "← Earlier the same week" },
  next: { week: "Next week →", same: "Later the same week →" },
};

function Neighbour({ review, rel, sameWeek }: NeighbourProps) {
  return (
    <Link
      href={`/reviews/${review.slug}`}
      rel={rel}
      className={`block rounded-md border border-stone-300 p-4 hover:border-accent dark:border-stone-700 dark:hover:border-night-accent ${rel === "prev" ? "" : "sm:text-right"}`}
    >
      <span className="block text-sm text-soft">
        {directions[rel][sameWeek ? "same" : "week"]}
        {review.weekNumber !== null && ` · ${weekLabel(review.weekNumber)}`}
      </span>
      <span className="mt-1 block font-serif text-lg font-semibold">{review.filmTitle}</span>
      {review.isSample && (
        <span className="mt-1 block">
          <SampleTag />
        </span>
      )}
    </Link>
  );
}

/**
 * The reviews that went live just before and just after this one (lib/series-weeks.ts), for
 * reading the series in order; one in the same week says so rather than "previous week".
 */
export async function WeekNeighbours({
  review,
  slot,
}: {
  review: { id: number; publishedAt: Date | null };
  slot: WeeklySlot;
}) {
  const { previous, next } = await getWeekNeighbours(review);
  if (!previous && !next) return null;
  const sameWeek = (other: WeekNeighbour) =>
    review.publishedAt !== null &&
    other.publishedAt !== null &&
    inSameWeek(slot, review.publishedAt, other.publishedAt);
  return (
    <nav
      aria-label="More weeks"
      className="mx-auto grid max-w-6xl gap-4 px-4 pb-12 sm:grid-cols-2 sm:px-6"
    >
      {previous ? (
        <Neighbour review={previous} rel="prev" sameWeek={sameWeek(previous)} />
      ) : (
        <span className="hidden sm:block" />
      )}
      {next && <Neighbour review={next} rel="next" sameWeek={sameWeek(next)} />}
    </nav>
  );
}
