import type { Track } from "@/db/schema";
import { summarizeTracks } from "@/lib/duration";
import { trackAnchor } from "@/lib/track-anchor";
import { Duration } from "./duration";

function groupByDisc(tracks: readonly Track[]): [number, Track[]][] {
  const discs = new Map<number, Track[]>();
  for (const t of tracks) discs.set(t.disc, [...(discs.get(t.disc) ?? []), t]);
  return [...discs.entries()];
}

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-soft uppercase">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

export function TrackList({ tracks }: { tracks: readonly Track[] }) {
  if (tracks.length === 0) {
    return <p className="text-soft">The track list has not been added yet.</p>;
  }
  const summary = summarizeTracks(tracks);
  const discs = groupByDisc(tracks);
  return (
    <div>
      <dl className="grid grid-cols-2 gap-4 rounded-lg bg-stone-100 p-4 text-sm dark:bg-stone-900">
        <Stat label="Tracks">{summary.count}</Stat>
        <Stat label="Total runtime">
          <Duration seconds={summary.totalSeconds} />
        </Stat>
        {summary.longest && (
          <Stat label="Longest">
            <a href={`#${trackAnchor(summary.longest)}`} className="link-accent">
              {summary.longest.title}
            </a>{" "}
            (<Duration seconds={summary.longest.durationSeconds} />)
          </Stat>
        )}
        {summary.shortest && (
          <Stat label="Shortest">
            <a href={`#${trackAnchor(summary.shortest)}`} className="link-accent">
              {summary.shortest.title}
            </a>{" "}
            (<Duration seconds={summary.shortest.durationSeconds} />)
          </Stat>
        )}
      </dl>
      <table className="mt-4 w-full border-collapse text-left text-sm sm:text-base">
        <caption className="sr-only">
          Track list: {summary.count} tracks, number, title and duration
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-xs tracking-wide text-soft uppercase dark:border-stone-700">
            <th scope="col" className="w-12 py-2 pr-2 font-semibold">
              No.
            </th>
            <th scope="col" className="py-2 pr-2 font-semibold">
              Title
            </th>
            <th scope="col" className="w-20 py-2 text-right font-semibold">
              Time
            </th>
          </tr>
        </thead>
        {discs.map(([disc, discTracks]) => (
          <tbody key={disc}>
            {discs.length > 1 && (
              <tr>
                <th
                  scope="colgroup"
                  colSpan={3}
                  className="pt-5 pb-1 font-serif text-base font-semibold"
                >
                  Disc {disc}
                </th>
              </tr>
            )}
            {discTracks.map((track) => (
              <tr
                key={track.id}
                id={trackAnchor(track)}
                className="track-row border-b border-stone-200 transition-colors dark:border-stone-800"
              >
                <td className="py-2 pr-2 text-soft tabular-nums">{track.position}</td>
                <th scope="row" className="py-2 pr-2 font-normal">
                  {track.title}
                </th>
                <td className="py-2 text-right">
                  <Duration seconds={track.durationSeconds} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr className="font-semibold">
            <td />
            <th scope="row" className="py-2 pr-2 text-right">
              Total runtime
            </th>
            <td className="py-2 text-right">
              <Duration seconds={summary.totalSeconds} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
