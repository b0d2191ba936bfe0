import Link from "next/link";
import type { ProfileScore } from "@/db/queries/profiles";
import { formatScore } from "@/lib/format";
import { scoreDifference, shortDifference } from "@/lib/scores";

function NoCriticScore() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">No critic score</span>
    </>
  );
}

/** How many of a reader's scores the profile lists, latest first. */
const PROFILE_SCORES_SHOWN = 20;

/** The reader's latest scores beside the critic's, one row per soundtrack. */
export function ProfileScores({ scores, name }: { scores: ProfileScore[]; name: string }) {
  if (scores.length === 0) {
    return <p className="mt-3 text-soft">{name} hasn’t scored any soundtracks yet.</p>;
  }
  const shown = scores.slice(0, PROFILE_SCORES_SHOWN);
  return (
    <>
      {scores.length > shown.length && (
        <p className="mt-2 text-sm text-soft">
          The latest {shown.length} of {scores.length.toLocaleString("en-GB")} scores.
        </p>
      )}
      <table className="mt-4 w-full border-collapse text-left text-sm sm:text-base">
        <caption className="sr-only">
          {name}’s scores: soundtrack, their score, the critic’s score and the difference
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-xs tracking-wide text-soft uppercase dark:border-stone-700">
            <th scope="col" className="py-2 pr-2 font-semibold">
              Soundtrack
            </th>
            <th scope="col" className="w-14 py-2 pr-2 text-right font-semibold">
              Score
            </th>
            <th scope="col" className="w-14 py-2 pr-2 text-right font-semibold">
              Critic
            </th>
            <th scope="col" className="w-24 py-2 text-right font-semibold">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.soundtrackId} className="border-b border-stone-200 dark:border-stone-800">
              <th scope="row" className="py-2 pr-2 font-normal">
                <Link href={`/reviews/${s.slug}`} className="link-accent">
                  {s.filmTitle}
                </Link>
              </th>
              <td className="py-2 pr-2 text-right font-semibold tabular-nums">
                {formatScore(s.score)}
              </td>
              <td className="py-2 pr-2 text-right tabular-nums">
                {s.criticScore === null ? <NoCriticScore /> : formatScore(s.criticScore)}
              </td>
              <td className="py-2 text-right tabular-nums">
                {s.criticScore === null ? (
                  <NoCriticScore />
                ) : (
                  shortDifference(scoreDifference(s.score, s.criticScore))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
