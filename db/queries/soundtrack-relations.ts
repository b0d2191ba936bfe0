import "server-only";
import { asc, inArray } from "drizzle-orm";
import { getDb } from "..";
import { soundtrackComposers, soundtracks, tracks } from "../schema";

/** A soundtrack's composers' names alone (a relational `with`), in the order the album credits them. */
export const composerNamesInOrder = {
  columns: {},
  orderBy: asc(soundtrackComposers.position),
  with: { composer: { columns: { name: true as const } } },
};

/** Tracks as the album runs them: disc by disc, each in its place. */
export const albumOrder = [asc(tracks.disc), asc(tracks.position)];

export type Credits = { composer: { name: string } }[];

/** These soundtracks' composers, each in credit order, by soundtrack id: one query for a page. */
export async function getCreditsOf(soundtrackIds: number[]): Promise<Map<number, Credits>> {
  if (soundtrackIds.length === 0) return new Map();
  const rows = await getDb().query.soundtracks.findMany({
    columns: { id: true },
    where: inArray(soundtracks.id, soundtrackIds),
    with: { composers: composerNamesInOrder },
  });
  return new Map(rows.map((row) => [row.id, row.composers]));
}
