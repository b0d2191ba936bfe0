import Link from "next/link";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { quietLinkClass } from "@/components/forms/button-styles";
import { type CompareSuggestion, getCompareSuggestions } from "@/db/queries/compare-suggestions";
import { comparePath, compareWithPath } from "@/lib/compare-path";

const REASONS: Record<CompareSuggestion["reason"], string> = {
  "previous-week": "the week before",
  "same-composer": "same composer",
  "similar-runtime": "similar running time",
};

type Props = {
  soundtrackId: number;
  review: { id: number; publishedAt: Date | null };
  slug: string;
  filmTitle: string;
};

/**
 * Under a review: soundtracks to compare this one with, each a link to the comparison, and the
 * picker with this one chosen. The suggestions change with the list of live reviews, whose tag
 * the page carries.
 */
export async function CompareWith({ soundtrackId, review, slug, filmTitle }: Props) {
  await tagPage(reads.compareWith());
  const suggestions = await getCompareSuggestions(soundtrackId, review);
  return (
    <section
      aria-labelledby="compare-with-heading"
      className="mx-auto max-w-6xl px-4 pb-12 sm:px-6"
    >
      <div className="rounded-lg bg-stone-100 p-5 dark:bg-stone-900">
        <h2 id="compare-with-heading" className="font-serif text-2xl font-semibold">
          Compare with…
        </h2>
        <p className="mt-1 text-sm text-soft">
          {filmTitle} side by side with another soundtrack: runtimes, track lengths and scores.
        </p>
        {suggestions.length > 0 && (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {suggestions.map((s) => (
              <li key={s.slug}>
                <Link
                  href={comparePath([slug, s.slug])}
                  className="block h-full rounded-md border border-stone-300 bg-paper p-3 hover:border-accent dark:border-stone-700 dark:bg-night dark:hover:border-night-accent"
                >
                  <span className="block font-serif font-semibold">{s.filmTitle}</span>
                  <span className="block text-sm text-soft">{REASONS[s.reason]}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <Link href={compareWithPath(slug)} className={`inline-block ${quietLinkClass}`}>
            Compare with another soundtrack
          </Link>
        </p>
      </div>
    </section>
  );
}
