import Link from "next/link";
import { Duration } from "@/components/duration";
import { ReviewMeta } from "@/components/review/review-meta";
import type { ComposerSoundtrack } from "@/db/queries/composers";
import { formatScore } from "@/lib/format";
import { averageTenths } from "@/lib/scores";

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-soft uppercase">{label}</dt>
      <dd className="mt-0.5 tabular-nums">{children}</dd>
    </div>
  );
}

/** A composer's soundtracks, each with both scores and its running time. */
export function ComposerSoundtracks({ soundtracks }: { soundtracks: ComposerSoundtrack[] }) {
  return (
    <ul className="mt-8" aria-label="Soundtracks">
      {soundtracks.map((s) => {
        const average = averageTenths(s.scoreCount, s.scoreSum);
        return (
          <li
            key={s.reviewSlug}
            className="border-t border-stone-300/70 py-5 dark:border-stone-700"
          >
            <ReviewMeta
              weekNumber={s.weekNumber}
              publishedAt={s.publishedAt}
              isSample={s.isSample}
            />
            <h2 className="mt-1 font-serif text-xl font-semibold sm:text-2xl">
              <Link
                href={`/reviews/${s.reviewSlug}`}
                className="underline-offset-4 hover:underline"
              >
                {s.filmTitle}
                {s.filmYear && <span className="font-normal text-soft"> ({s.filmYear})</span>}
              </Link>
            </h2>
            <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-2">
              <Stat label="Critic">
                {s.criticScore === null ? "No score" : `${formatScore(s.criticScore)} / 10`}
              </Stat>
              <Stat label="Readers">
                {average === null
                  ? "No scores yet"
                  : `${formatScore(average)} / 10 from ${s.scoreCount} ${s.scoreCount === 1 ? "score" : "scores"}`}
              </Stat>
              <Stat label="Runtime">
                <Duration seconds={s.runtimeSeconds} />
              </Stat>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
