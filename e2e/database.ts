import { connect, type Database } from "../db/client";
import { composerRow } from "../db/review-inserts";
import { composers, reviews, soundtrackComposers, soundtracks, tracks, users } from "../db/schema";
import { hashPassword } from "../lib/auth/password";
import { CLUSTER_DATABASE_URL, E2E_DATABASE_URL } from "./config";

const connections = new Map<string, Database>();

function database(url: string): Database {
  let db = connections.get(url);
  if (!db) connections.set(url, (db = connect(url).db));
  return db;
}

/** The database the site on the embedded file runs on. */
export const e2eDb = () => database(E2E_DATABASE_URL);
/** The libSQL server the two-instance cluster shares. */
export const clusterDb = () => database(CLUSTER_DATABASE_URL);

export type TestReader = {
  id: string;
  name: string;
  handle: string;
  email: string;
  password: string;
};

/** A word no other test (or earlier run on the same database) has used. */
export const runWord = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const PASSWORD = "e2e-password-123";
let passwordHash: Promise<string> | undefined;

function newReader(label: string) {
  const suffix = runWord();
  const handle = `${label}_${suffix}`.slice(0, 30);
  return {
    name: `${label[0]!.toUpperCase()}${label.slice(1)} ${suffix.slice(-4)}`,
    handle,
    email: `${handle}@e2e.test`,
    password: PASSWORD,
  };
}

/**
 * Readers of this test's own, so parallel tests never share comments, scores or rate limits.
 * They share one password (hashed once), like any readers who happened to choose the same one,
 * and have confirmed their email, so a test that requires confirmation disturbs none of them.
 */
export async function createReaders(
  count: number,
  label = "reader",
  db = e2eDb(),
): Promise<TestReader[]> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const readers = Array.from({ length: count }, () => newReader(label));
  const rows = await db
    .insert(users)
    .values(readers.map((r) => ({ ...r, passwordHash: hash, emailVerified: new Date() })))
    .returning({ id: users.id });
  return readers.map((r, i) => ({ id: rows[i]!.id, ...r }));
}

export async function createReader(label = "reader", db = e2eDb()): Promise<TestReader> {
  const [reader] = await createReaders(1, label, db);
  return reader!;
}

export type TestDraft = { id: number; slug: string; headline: string; film: string };

/**
 * A draft review of this test's own: a soundtrack with two tracks, not on the site; with `extra`,
 * also a third track and a composer of those names.
 */
export async function createDraft(
  label: string,
  db = e2eDb(),
  extra?: { track: string; composer: string },
): Promise<TestDraft> {
  const suffix = runWord();
  const slug = `${label}-${suffix}`;
  const film = `The ${label[0]!.toUpperCase()}${label.slice(1)} ${suffix}`;
  const headline = `Exploring Soundtracks: ${film}`;
  const [soundtrack] = await db
    .insert(soundtracks)
    .values({ slug, filmTitle: film, filmYear: 2026 })
    .returning({ id: soundtracks.id });
  await db
    .insert(tracks)
    .values([
      { soundtrackId: soundtrack!.id, position: 1, title: "Opening Night", durationSeconds: 185 },
      { soundtrackId: soundtrack!.id, position: 2, title: "Closing Credits", durationSeconds: 242 },
      ...(extra
        ? [{ soundtrackId: soundtrack!.id, position: 3, title: extra.track, durationSeconds: 97 }]
        : []),
    ]);
  if (extra) {
    const [composer] = await db
      .insert(composers)
      .values(composerRow(extra.composer))
      .returning({ id: composers.id });
    await db
      .insert(soundtrackComposers)
      .values({ soundtrackId: soundtrack!.id, composerId: composer!.id });
  }
  const [review] = await db
    .insert(reviews)
    .values({
      soundtrackId: soundtrack!.id,
      slug,
      headline,
      summary: `A draft about ${film}.`,
      body: `A draft about ${film}.\n\n“Opening Night” sets the tone.`,
    })
    .returning({ id: reviews.id });
  return { id: review!.id, slug, headline, film };
}
