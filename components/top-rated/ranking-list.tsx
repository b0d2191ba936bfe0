import Link from "next/link";
import { SampleTag } from "@/components/sample-tag";
import type { RankedSoundtrack } from "@/db/queries/rankings";
import { formatScore } from "@/lib/format";

type RankingListProps = {
  id: string;
  title: string;
  intro: React.ReactNode;
  ranked: RankedSoundtrack[];
  empty: string;
};

/** One ranking: a numbered list of soundtracks, each with its score (and count of readers). */
export function RankingList({ id, title, intro, ranked, empty }: RankingListProps) {
  return (
    <section aria-labelledby={id} className="min-w-0">
      <h2 id={id} className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-soft">{intro}</p>
      {ranked.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-stone-400 p-6 text-center text-soft dark:border-stone-600">
          {empty}
        </p>
      ) : (
        <ol className="mt-4">
          {ranked.map((s, i) => (
            <li
              key={s.reviewSlug}
              className="flex items-baseline gap-3 border-t border-stone-300/70 py-3 dark:border-stone-700"
            >
              <span
                aria-hidden="true"
                className="w-7 shrink-0 text-right text-sm text-soft tabular-nums"
              >
                {i + 1}.
              </span>
              <div className="min-w-0 flex-1">
                <Link href={`/reviews/${s.reviewSlug}`} className="link-accent font-medium">
                  {s.filmTitle}
                </Link>
                {s.filmYear && <span className="text-soft"> ({s.filmYear})</span>}{" "}
                {s.isSample && <SampleTag />}
                {s.scoreCount !== undefined && (
                  <span className="block text-sm text-soft">
                    from {s.scoreCount} {s.scoreCount === 1 ? "score" : "scores"}
                  </span>
                )}
              </div>
              <span className="shrink-0 font-serif text-xl font-semibold text-accent tabular-nums dark:text-night-accent">
                {formatScore(s.score)}
                <span className="sr-only"> out of 10</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
