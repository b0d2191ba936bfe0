import Link from "next/link";
import type { ComparedSoundtrack } from "@/db/queries/taste";
import { formatScore } from "@/lib/format";

/** One list of soundtracks with both readers' scores, each linking to its review. */
export function AgreementList({
  id,
  title,
  pairs,
  names,
  empty,
}: {
  id: string;
  title: string;
  pairs: ComparedSoundtrack[];
  names: [string, string];
  empty: string;
}) {
  return (
    <section aria-labelledby={id} className="min-w-0">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {pairs.length === 0 ? (
        <p className="mt-2 text-sm text-soft">{empty}</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {pairs.map((pair) => (
            <li key={pair.soundtrackId}>
              <Link href={`/reviews/${pair.slug}`} className="link-accent">
                {pair.filmTitle}
              </Link>
              <span className="block text-sm text-soft tabular-nums">
                {names[0]} {formatScore(pair.a)} · {names[1]} {formatScore(pair.b)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
