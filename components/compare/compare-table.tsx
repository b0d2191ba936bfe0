import Link from "next/link";
import { ComposerLinks } from "@/components/composers/composer-links";
import { Duration } from "@/components/duration";
import { SampleTag } from "@/components/sample-tag";
import { ScoreBadge } from "@/components/scores/score-badge";
import type { ComparedSoundtrack } from "@/db/queries/compare";
import { formatShare, trackStats } from "@/lib/compare-stats";
import { formatScore } from "@/lib/format";
import { picksLabel, readersLabel } from "@/lib/scores";

type Row = { label: string; cell: (s: ComparedSoundtrack) => React.ReactNode };

const none = <span className="text-soft">—</span>;

function TrackAndLength({ track }: { track: { title: string; durationSeconds: number } | null }) {
  if (!track) return none;
  return (
    <>
      {track.title} (<Duration seconds={track.durationSeconds} />)
    </>
  );
}

const computed = new WeakMap<ComparedSoundtrack, ReturnType<typeof trackStats>>();
const stats = (s: ComparedSoundtrack) => {
  if (!computed.has(s)) computed.set(s, trackStats(s.tracks));
  return computed.get(s)!;
};

const ROWS: Row[] = [
  { label: "Year", cell: (s) => s.filmYear ?? none },
  {
    label: "Composers",
    cell: (s) => <ComposerLinks composers={s.composers.map((composer) => ({ composer }))} />,
  },
  { label: "Label", cell: (s) => s.label ?? none },
  { label: "Tracks", cell: (s) => stats(s).count },
  { label: "Total runtime", cell: (s) => <Duration seconds={stats(s).totalSeconds} /> },
  {
    label: "Mean track",
    cell: (s) => {
      const mean = stats(s).meanSeconds;
      return mean === null ? none : <Duration seconds={Math.round(mean)} />;
    },
  },
  {
    label: "Median track",
    cell: (s) => {
      const median = stats(s).medianSeconds;
      return median === null ? none : <Duration seconds={Math.round(median)} />;
    },
  },
  { label: "Longest track", cell: (s) => <TrackAndLength track={stats(s).longest} /> },
  { label: "Shortest track", cell: (s) => <TrackAndLength track={stats(s).shortest} /> },
  { label: "Critic’s score", cell: (s) => <ScoreBadge score={s.criticScore} /> },
  {
    label: "Readers’ average",
    cell: ({ readers }) =>
      readers.average === null ? (
        <span className="text-soft">No scores yet</span>
      ) : (
        <>
          <span className="font-semibold">{formatScore(readers.average)}</span>
          <span className="text-soft"> from {readersLabel(readers.count)}</span>
        </>
      ),
  },
  {
    label: "Readers’ favourite tracks",
    cell: (s) => {
      const favourites = stats(s).favourites;
      if (favourites.length === 0) return <span className="text-soft">None picked yet</span>;
      return (
        <ol className="list-decimal space-y-1 pl-5">
          {favourites.map((t) => (
            <li key={t.id}>
              {t.title} <span className="text-soft">({picksLabel(t.favouriteCount)})</span>
            </li>
          ))}
        </ol>
      );
    },
  },
  {
    label: "Favourites cover",
    cell: (s) => {
      const spread = stats(s).spread;
      return spread ? `${formatShare(spread.runtimeShare)} of the runtime` : none;
    },
  },
  {
    label: "Favourites lean",
    cell: (s) => {
      const spread = stats(s).spread;
      if (!spread) return none;
      return (
        <>
          <span className="font-semibold">{spread.placement}</span>
          <span className="text-soft">
            {" "}
            (a pick sits {formatShare(spread.meanPosition)} of the way in)
          </span>
        </>
      );
    },
  },
];

/**
 * The soundtracks' facts in columns. On a narrow screen the table scrolls inside its own box
 * (focusable, so the keyboard can scroll it too), never the page, and the first column, which
 * says what each row is, stays where it is (.facts-table).
 */
export function CompareTable({ soundtracks }: { soundtracks: ComparedSoundtrack[] }) {
  return (
    <div
      role="region"
      aria-labelledby="facts-caption"
      tabIndex={0}
      className="relative mt-8 overflow-x-auto rounded-lg border border-stone-300 dark:border-stone-700"
    >
      <table className="facts-table">
        <caption id="facts-caption" className="sr-only">
          The soundtracks side by side
        </caption>
        <thead>
          <tr>
            <td />
            {soundtracks.map((s) => (
              <th key={s.id} scope="col">
                <Link href={`/reviews/${s.reviewSlug}`} className="link-accent">
                  {s.filmTitle}
                </Link>
                {s.isSample && (
                  <span className="ml-2 align-middle">
                    <SampleTag />
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {soundtracks.map((s) => (
                <td key={s.id}>{row.cell(s)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
