import { Duration } from "@/components/duration";
import { PickCount, ReadersFavouriteBadge } from "@/components/scores/favourite-marks";
import { FavouritesIsland } from "@/components/scores/favourites-island";
import type { Track } from "@/db/schema";
import { summarizeTracks } from "@/lib/duration";
import { readersFavouriteIds } from "@/lib/scores";
import { trackAnchor } from "@/lib/track-anchor";
import { TrackLinks } from "./listen-links";

type TrackListProps = {
  tracks: readonly Track[];
  /** Streaming or store pages of single tracks, shown after their titles. */
  links?: readonly { id: number; trackId: number | null; label: string; url: string }[];
  /** On a review page: a signed-in reader picks favourites in a column of their own. */
  favourites?: { reviewId: number; soundtrackId: number; slug: string };
};

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

function TrackStats({ tracks }: { tracks: readonly Track[] }) {
  const summary = summarizeTracks(tracks);
  return (
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
  );
}

/**
 * The table is the same for everyone; a signed-in reader's tick boxes are put into the "Yours"
 * cells by the favourites island, and the column shows only once they are there (globals.css).
 */
export function TrackList({ tracks, links = [], favourites }: TrackListProps) {
  if (tracks.length === 0) {
    return <p className="text-soft">The track list has not been added yet.</p>;
  }
  const summary = summarizeTracks(tracks);
  const discs = groupByDisc(tracks);
  const topPicks = readersFavouriteIds(tracks);
  return (
    <div id="track-list" className="scroll-mt-24">
      <TrackStats tracks={tracks} />
      <table className="track-table mt-4 w-full border-collapse text-left text-sm sm:text-base">
        <caption className="sr-only">
          Track list: {summary.count} tracks, number, title, duration and how many readers picked
          each
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-xs tracking-wide text-soft uppercase dark:border-stone-700">
            <th scope="col" className="w-9 py-2 pr-2 font-semibold">
              No.
            </th>
            <th scope="col" className="py-2 pr-2 font-semibold">
              Title
            </th>
            <th scope="col" className="w-16 py-2 pr-2 text-right font-semibold">
              Time
            </th>
            <th scope="col" className="w-12 py-2 text-right font-semibold">
              Picks
            </th>
            <th scope="col" className="pick-col w-11 py-2 pl-2 text-center font-semibold">
              Yours
            </th>
          </tr>
        </thead>
        {discs.map(([disc, discTracks]) => (
          <tbody key={disc}>
            {discs.length > 1 && (
              <tr>
                <th
                  scope="colgroup"
                  colSpan={5}
                  className="pt-5 pb-1 font-serif text-base font-semibold"
                >
                  Disc {disc}
                </th>
              </tr>
            )}
            {discTracks.map((track) => (
              // Rows are styled from globals.css (.track-row): on a long album, classes repeated
              // in every cell would be most of the page.
              <tr key={track.id} id={trackAnchor(track)} className="track-row">
                <td>{track.position}</td>
                <th scope="row">
                  {track.title}
                  {topPicks.has(track.id) && <ReadersFavouriteBadge />}
                  <TrackLinks links={links.filter((link) => link.trackId === track.id)} />
                </th>
                <td>
                  <Duration seconds={track.durationSeconds} />
                </td>
                <td>
                  <PickCount count={track.favouriteCount} />
                </td>
                <td className="pick-col" data-pick-track={track.id} />
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
            <td className="py-2 pr-2 text-right">
              <Duration seconds={summary.totalSeconds} />
            </td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
      {favourites && <FavouritesIsland {...favourites} />}
    </div>
  );
}
