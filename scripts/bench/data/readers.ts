// Readers: reader_000001 … with one shared password, joined over the year before the first review.
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { BENCH_READER_PASSWORD, benchUserId, DAY_S, readerEmail, readerHandle } from "./constants";
import { insertRows } from "./database";
import { chance, pick, rngFor } from "./random";
import type { Run } from "./run";
import type { Seeded } from "./seed";
import type { Soundtracks } from "./soundtracks";
import { FIRST_NAMES, LAST_NAMES } from "./words";

export type Readers = {
  /** Reader u's user id (reader u + 1 by handle). */
  ids: string[];
  /** Sorts readers in place into primary-key order, which sorts user ids as text. */
  byRank(list: Int32Array): Int32Array;
};

export async function writeReaders(
  { w, counts }: Run,
  seeded: Seeded,
  { publishedS }: Soundtracks,
): Promise<Readers> {
  const R = counts.readers;
  const ids: string[] = [];
  for (let u = 0; u < R; u++) ids.push(benchUserId(readerHandle(u + 1)));
  const sorted = Int32Array.from({ length: R }, (_, u) => u).sort((x, y) =>
    ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0,
  );
  const rankOf = new Int32Array(R);
  sorted.forEach((u, rank) => (rankOf[u] = rank));
  const byRank = (list: Int32Array) => list.sort((x, y) => rankOf[x]! - rankOf[y]!);

  const joinedFrom = Math.min(seeded.oldestPublishedS, publishedS[0]!) - 400 * DAY_S;
  const rng = rngFor("readers");
  const names: string[] = [];
  const hide = new Uint8Array(R);
  for (let u = 0; u < R; u++) {
    names.push(`${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`);
    hide[u] = u > 0 && chance(rng, 0.05) ? 1 : 0;
  }
  const passwordHash = await hashPassword(BENCH_READER_PASSWORD);
  w.phase("readers", R);
  await insertRows(w, users, R, (u) => {
    const handle = readerHandle(u + 1);
    return {
      id: ids[u]!,
      name: names[u]!,
      email: readerEmail(handle),
      handle,
      role: "reader",
      passwordHash,
      hideCrowdUntilScored: hide[u]!,
      createdAt: joinedFrom + Math.floor((u * 365 * DAY_S) / R),
    };
  });
  return { ids, byRank };
}
