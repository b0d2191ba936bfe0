import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { openTestDatabase } from "../testing";
import { type Plan, recordPlans } from "../testing-plans";
import { reviews } from "../schema";

// A comparison is read on catalogues of many thousands of tracks, scores and comparisons: every
// statement must find its rows through an index (the plans do not depend on the row counts).

const { db: seedDb } = await openTestDatabase();
const { plansOf, walksIn } = await recordPlans(env.DATABASE_URL);

const { getComparison, lookUpComparison } = await import("./compare");
const { getRecentComparisons, recordComparisonOpened } = await import("./compare-archive");
const { getCompareSuggestions } = await import("./compare-suggestions");

/**
 * Walks of a whole table or index (under any alias), or of every live review (the status
 * index). A walk of an index in its own order that a LIMIT without an OFFSET stops (the latest
 * few) is allowed, and so are the search index's own lookup, a subquery's few rows, and a step
 * from one review to the next live one (a bound on the time and LIMIT 1).
 */
const walks = (plans: Plan[]) =>
  walksIn(plans, (step, sql) => {
    if (step.includes("reviews_status_published_at_idx")) {
      return !(/published_at[<>]\?/.test(step) && /\blimit \?$/i.test(sql.trim()));
    }
    const scanned = /^SCAN ([a-z_]\w*)/i.exec(step)?.[1];
    if (!scanned || step.includes("VIRTUAL TABLE") || SUBQUERIES.includes(scanned)) return false;
    const pageOfIndex = / USING (COVERING )?INDEX /.test(step) && /\blimit\b/i.test(sql);
    return !pageOfIndex || /\boffset\b/i.test(sql);
  });

/** Subqueries of a few rows, named in the statements. */
const SUBQUERIES = ["candidate"];

const BIG_TABLES = ["tracks", "reader_scores", "favourite_tracks", "comparisons"];

describe("query plans of comparisons", () => {
  it("looking up, reading, recording and listing comparisons walk no table", async () => {
    const plans = await plansOf(async () => {
      const lookup = await lookUpComparison(
        "mission-impossible-fallout-vs-the-harrowmere-eight-vs-the-hollow-at-vennick-mill",
      );
      if (lookup.kind !== "found") throw new Error(`Not found: ${JSON.stringify(lookup)}`);
      const ids = lookup.soundtracks.map((s) => s.id);
      await getComparison(ids);
      await recordComparisonOpened(ids);
      await getRecentComparisons();
      const [review] = await seedDb.select().from(reviews).where(eq(reviews.soundtrackId, ids[0]!));
      await getCompareSuggestions(ids[0]!, review!);
    });
    expect(plans.length).toBeGreaterThanOrEqual(10);
    expect(walks(plans)).toEqual([]);
    const bigScans = plans.flatMap((p) =>
      p.steps.filter((step) => BIG_TABLES.some((t) => new RegExp(`^SCAN ${t}\\b`).test(step))),
    );
    expect(bigScans).toEqual([]);
  });
});
