import { parseTrackList } from "@/lib/track-list";
import { env } from "@/lib/env";
import { connect, type Database } from "./client";
import { runMigrations } from "./migrate";
import { readFeaturedReview } from "./seed-data/featured";
import { sampleReviews } from "./seed-data/samples";
import { demoAccountRows } from "./accounts";
import { composerRow, newReviewInserts, type NewReview } from "./review-inserts";
import { users } from "./schema";

/** The seed's reviews: published, each at its time. */
type SeedEntry = NewReview & { publishedAt: Date };

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Monday 09:00 UTC of the week `now` falls in, or of the week before if that is still ahead. */
export function seriesAnchor(now: Date): Date {
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday > now ? new Date(monday.getTime() - WEEK_MS) : monday;
}

function sampleTracks(slug: string, trackList: string) {
  const { tracks, errors } = parseTrackList(trackList);
  if (errors.length > 0) {
    const lines = errors.map((e) => `line ${e.line}: ${e.reason}`).join("; ");
    throw new Error(`The seed track list for ${slug} does not parse: ${lines}`);
  }
  return tracks;
}

export function seedEntries(now = new Date()): SeedEntry[] {
  const anchor = seriesAnchor(now);
  const article = readFeaturedReview();
  const featured: SeedEntry = {
    ...article,
    // The article gives no film year (see its note); the seed fills in the known one.
    filmYear: 2018,
    composers: article.composers.map(composerRow),
    status: "published",
    weekNumber: 1,
    publishedAt: anchor,
  };
  const samples = sampleReviews.map(({ trackList, ...s }, i): SeedEntry => ({
    ...s,
    soundtrackSlug: s.slug,
    links: [],
    tracks: sampleTracks(s.slug, trackList),
    isSample: true,
    status: "published",
    weekNumber: null,
    publishedAt: new Date(anchor.getTime() - (i + 1) * WEEK_MS),
  }));
  return [featured, ...samples];
}

/** Inserts whatever of the demo content is missing, in one atomic batch; running it again changes nothing. */
export async function seedDatabase(
  db: Database,
  now = new Date(),
  { demoAccounts = env.APP_ENV !== "production" } = {},
): Promise<string> {
  const entries = seedEntries(now);
  const accounts = demoAccounts ? await demoAccountRows(now) : [];
  const [first, ...rest] = [
    ...accounts.map((a) => db.insert(users).values(a).onConflictDoNothing()),
    ...entries.flatMap((entry) => newReviewInserts(db, entry, { ifMissing: true })),
  ];
  if (!first) return "nothing to seed";
  await db.batch([first, ...rest]);
  const samples = entries.filter((e) => e.isSample).length;
  return `${entries.length} soundtracks with reviews (${samples} samples), ${accounts.length} demo accounts`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runMigrations();
  const { client, db } = connect(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  try {
    console.log(`Seed: ${await seedDatabase(db)}`);
  } finally {
    client.close();
  }
}
