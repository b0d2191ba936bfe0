// The migrations and the normal seed, made deterministic, then what the seed made that the
// synthetic rows build on.
import type { Client } from "@libsql/client";
import { eq, sql } from "drizzle-orm";
import { DEMO_ACCOUNTS } from "@/db/accounts";
import { runMigrations } from "@/db/migrate";
import { composers, reviews, soundtracks, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { BENCH_NOW, BENCH_REVIEW_SLUG, benchUserId } from "./constants";
import { scalar } from "./database";
import type { Run } from "./run";

/** A soundtrack as the scores see it; `tracks` lists a seeded one's track ids. */
export type ScoredSoundtrack = {
  id: number;
  publishedS: number;
  critic: number | null;
  tracks: number[] | null;
};

export type Seeded = {
  soundtracks: ScoredSoundtrack[];
  /** The seeded review that gets the long discussion, and what its comments quote. */
  featured: {
    soundtrackId: number;
    reviewId: number;
    publishedS: number;
    film: string;
    composer: string;
    tracks: string[];
  };
  oldestPublishedS: number;
  firstWeek: number;
  takenComposerSlugs: Set<string>;
  takenSoundtrackSlugs: Set<string>;
  /** The highest id the seed used in each table the generator continues. */
  base: { composer: number; soundtrack: number; review: number; track: number };
};

/** Migrates and seeds the database, pins the seed's times and ids, and reads back what it made. */
export async function seedBenchDatabase(run: Run, url: string): Promise<Seeded> {
  const { client, db, w } = run;
  w.phase("seed", 1, "step");
  await runMigrations(url);
  await seedDatabase(db, BENCH_NOW, { demoAccounts: true });
  // The seed dates its soundtracks and composers by the site's clock (the machine's) and gives
  // random user ids; pin them to BENCH_NOW and the handles.
  const published = sql`${reviews.publishedAt}`;
  await db.batch([
    db.update(composers).set({ createdAt: BENCH_NOW }),
    db.update(soundtracks).set({ createdAt: BENCH_NOW, updatedAt: BENCH_NOW }),
    db.update(reviews).set({ createdAt: published, updatedAt: published }),
    ...DEMO_ACCOUNTS.map((a) =>
      db
        .update(users)
        .set({ id: benchUserId(`demo:${a.handle}`), createdAt: BENCH_NOW })
        .where(eq(users.handle, a.handle)),
    ),
  ]);
  // Per connection, and the pool hands this one back to every awaited call that follows.
  for (const pragma of [
    "synchronous = OFF",
    "foreign_keys = ON",
    "temp_store = MEMORY",
    "cache_size = -262144",
  ]) {
    await client.execute(`PRAGMA ${pragma}`);
  }
  w.advance(1);
  return readSeeded(client);
}

async function readSeeded(client: Client): Promise<Seeded> {
  const seeded = await client.execute(
    `SELECT s.id, s.slug, r.id AS review_id, r.published_at, r.critic_score
     FROM soundtracks s JOIN reviews r ON r.soundtrack_id = s.id ORDER BY s.id`,
  );
  const featured = seeded.rows.find((r) => r.slug === BENCH_REVIEW_SLUG);
  if (!featured) throw new Error(`The seed did not create the review ${BENCH_REVIEW_SLUG}`);
  const firstWeek = (await scalar(client, "SELECT coalesce(max(week_number), 0) FROM reviews")) + 1;
  const seededTracks = await client.execute(
    "SELECT id, soundtrack_id, title FROM tracks ORDER BY soundtrack_id, disc, position",
  );
  const tracksOf = (soundtrackId: number) =>
    seededTracks.rows.filter((t) => Number(t.soundtrack_id) === soundtrackId);
  const featuredText = await client.execute({
    sql: `SELECT s.film_title, c.name FROM soundtracks s
          JOIN soundtrack_composers sc ON sc.soundtrack_id = s.id
          JOIN composers c ON c.id = sc.composer_id
          WHERE s.id = ? ORDER BY sc.position LIMIT 1`,
    args: [Number(featured.id)],
  });
  const takenComposerSlugs = new Set(
    (await client.execute("SELECT slug FROM composers")).rows.map((r) => String(r.slug)),
  );
  const maxId = (table: string) => scalar(client, `SELECT coalesce(max(id), 0) FROM ${table}`);
  return {
    soundtracks: seeded.rows.map((r) => ({
      id: Number(r.id),
      publishedS: Number(r.published_at),
      critic: r.critic_score === null ? null : Number(r.critic_score),
      tracks: tracksOf(Number(r.id)).map((t) => Number(t.id)),
    })),
    featured: {
      soundtrackId: Number(featured.id),
      reviewId: Number(featured.review_id),
      publishedS: Number(featured.published_at),
      film: String(featuredText.rows[0]?.film_title ?? "Fallout"),
      composer: String(featuredText.rows[0]?.name ?? "the composer"),
      tracks: tracksOf(Number(featured.id)).map((t) => String(t.title)),
    },
    oldestPublishedS: Math.min(...seeded.rows.map((r) => Number(r.published_at))),
    firstWeek,
    takenComposerSlugs,
    takenSoundtrackSlugs: new Set(seeded.rows.map((r) => String(r.slug))),
    base: {
      composer: await maxId("composers"),
      soundtrack: await maxId("soundtracks"),
      review: await maxId("reviews"),
      track: await maxId("tracks"),
    },
  };
}
