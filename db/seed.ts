import { eq } from "drizzle-orm";
import { parseTrackList } from "@/lib/track-list";
import { env } from "@/lib/env";
import { log } from "@/lib/logger.mjs";
import { FIRST_WEEK, weekNumberAt, weekStart } from "@/lib/series-weeks";
import { DEFAULT_SLOT, type WeeklySlot } from "@/lib/weekly-slot";
import { now as clockNow } from "./clock.mjs";
import { connect, type Database } from "./client";
import { PRIMARY_URL, runMigrations } from "./migrate";
import { readFeaturedReview } from "./seed-data/featured";
import { sampleReviews } from "./seed-data/samples";
import { demoAccountRows } from "./accounts";
import { composerRow, newReviewInserts, type NewReview } from "./review-inserts";
import { siteSettings, users } from "./schema";
import { weeklySlotOf } from "./weekly-slot-row";

/** The seed's reviews: published, each at its time. */
type SeedEntry = NewReview & { publishedAt: Date };

/** The slots of the `count` weeks before the one `start` opens, latest first. */
function slotsBefore(slot: WeeklySlot, start: Date, count: number): Date[] {
  const slots: Date[] = [];
  for (let at = start; slots.length < count; slots.push(at)) {
    at = weekStart(slot, new Date(at.getTime() - 1));
  }
  return slots;
}

function sampleTracks(slug: string, trackList: string) {
  const { tracks, errors } = parseTrackList(trackList);
  if (errors.length > 0) {
    const lines = errors.map((e) => `line ${e.line}: ${e.reason}`).join("; ");
    throw new Error(`The seed track list for ${slug} does not parse: ${lines}`);
  }
  return tracks;
}

/**
 * The site owner's review goes out in this week's slot as week 1; the samples each in a slot of
 * a week before it, so they precede the series and carry no week number (lib/series-weeks.ts).
 */
export function seedEntries(now = clockNow(), slot = DEFAULT_SLOT): SeedEntry[] {
  const weekOne = { publishedAt: weekStart(slot, now), weekNumber: FIRST_WEEK };
  const before = slotsBefore(slot, weekOne.publishedAt, sampleReviews.length);
  const article = readFeaturedReview();
  const featured: SeedEntry = {
    ...article,
    // The article gives no film year (see its note); the seed fills in the known one.
    filmYear: 2018,
    composers: article.composers.map(composerRow),
    status: "published",
    ...weekOne,
  };
  const samples = sampleReviews.map(({ trackList, ...s }, i): SeedEntry => ({
    ...s,
    soundtrackSlug: s.slug,
    links: [],
    tracks: sampleTracks(s.slug, trackList),
    isSample: true,
    status: "published",
    weekNumber: weekNumberAt(slot, weekOne, before[i]!),
    publishedAt: before[i]!,
  }));
  return [featured, ...samples];
}

/** Inserts whatever of the demo content is missing, in one atomic batch; running it again changes nothing. */
export async function seedDatabase(
  db: Database,
  now = clockNow(),
  { demoAccounts = env.APP_ENV !== "production" } = {},
): Promise<string> {
  const [settings] = await db.select().from(siteSettings).where(eq(siteSettings.id, 1));
  const entries = seedEntries(now, weeklySlotOf(settings));
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
  const { client, db } = connect(PRIMARY_URL, env.DATABASE_AUTH_TOKEN);
  try {
    log.info("db.seeded", { summary: await seedDatabase(db) });
  } finally {
    client.close();
  }
}
