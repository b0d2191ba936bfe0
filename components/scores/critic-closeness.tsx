import Link from "next/link";
import type { ProfileScore } from "@/db/queries/profiles";
import { formatScore } from "@/lib/format";
import {
  type Closeness,
  describeDifference,
  formatMeanTenths,
  shortDifference,
} from "@/lib/scores";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg bg-stone-100 p-4 dark:bg-stone-900">
      <dt className="text-xs font-semibold tracking-wide text-soft uppercase">{label}</dt>
      <dd className="mt-1 font-serif text-xl font-semibold">{children}</dd>
    </div>
  );
}

type CriticClosenessProps = { closeness: Closeness<ProfileScore> | null; name: string };

/** How far the reader runs from the critic over the soundtracks both scored. */
export function CriticCloseness({ closeness, name }: CriticClosenessProps) {
  if (!closeness) {
    return (
      <p className="mt-3 text-soft">
        Nothing to compare yet: {name} hasn’t scored a soundtrack the critic scored.
      </p>
    );
  }
  const { count, meanAbsolute, meanSigned, biggest } = closeness;
  return (
    <div>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3">
        <Fact label="Soundtracks compared">{count}</Fact>
        <Fact label="Average distance">{formatMeanTenths(meanAbsolute)} points</Fact>
        <Fact label="On average">{describeDifference(meanSigned, "the critic")}</Fact>
      </dl>
      <h3 className="mt-6 font-serif text-lg font-semibold">Biggest disagreements</h3>
      {biggest.length === 0 ? (
        <p className="mt-2 text-soft">None: {name} and the critic gave the same scores.</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {biggest.map((s) => (
            <li key={s.soundtrackId}>
              <Link href={`/reviews/${s.slug}`} className="link-accent font-medium">
                {s.filmTitle}
              </Link>
              <span className="text-soft">
                {" "}
                — {name} {formatScore(s.score)}, critic {formatScore(s.criticScore ?? 0)} (
                {shortDifference(s.difference)})
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
