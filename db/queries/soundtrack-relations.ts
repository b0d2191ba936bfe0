import "server-only";
import { asc } from "drizzle-orm";
import { soundtrackComposers, tracks } from "../schema";

/** A soundtrack's composers' names alone (a relational `with`), in the order the album credits them. */
export const composerNamesInOrder = {
  columns: {},
  orderBy: asc(soundtrackComposers.position),
  with: { composer: { columns: { name: true as const } } },
};

/** Tracks as the album runs them: disc by disc, each in its place. */
export const albumOrder = [asc(tracks.disc), asc(tracks.position)];
