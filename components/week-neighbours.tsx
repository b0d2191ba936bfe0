import Link from "next/link";
import { getWeekNeighbours, type WeekNeighbour } from "@/db/queries/reviews";

function Neighbour({ review, rel }: { review: WeekNeighbour; rel: "prev" | "next" }) {
  const earlier = rel === "prev";
  return (
    <Link
      href={`/reviews/${review.slug}`}
      rel={rel}
      className={`block rounded-md border border-stone-300 p-4 hover:border-accent dark:border-stone-700 dark:hover:border-night-accent ${earlier ? "" : "sm:text-right"}`}
    >
      <span className="block text-sm text-soft">
        {earlier ? "← Previous week" : "Next week →"}
        {review.weekNumber !== null && ` · Week ${review.weekNumber}`}
      </span>
      <span className="mt-1 block font-serif text-lg font-semibold">{review.filmTitle}</span>
    </Link>
  );
}

/** The reviews published the week before and after this one, for reading the series in order. */
export async function WeekNeighbours({
  review,
}: {
  review: { id: number; publishedAt: Date | null };
}) {
  const { previous, next } = await getWeekNeighbours(review);
  if (!previous && !next) return null;
  return (
    <nav
      aria-label="More weeks"
      className="mx-auto grid max-w-6xl gap-4 px-4 pb-12 sm:grid-cols-2 sm:px-6"
    >
      {previous ? <Neighbour review={previous} rel="prev" /> : <span className="hidden sm:block" />}
      {next && <Neighbour review={next} rel="next" />}
    </nav>
  );
}
