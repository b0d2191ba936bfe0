import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { openTestDatabase } from "../testing";
import { recordPlans } from "../testing-plans";

// A search starts from the full-text index and looks every matching row up by its key: it never
// walks the reviews, soundtracks, composers or tracks, however many there are. The plans do not
// depend on the row counts (no ANALYZE statistics), so the seeded catalogue shows them.

await openTestDatabase();
const { plansOf, scansTable, walksIn } = await recordPlans(env.DATABASE_URL);
const { getSearchCounts, getSearchHits } = await import("./search-results");
const { getSoundtrackSuggestions } = await import("./search");

const KINDS = ["review", "soundtrack", "composer", "track"] as const;
/** The index's own step: a lookup of the words, not a walk of every row. */
const FTS_LOOKUP = /^SCAN search_index VIRTUAL TABLE INDEX \d+:r?M/;

describe("query plans of search", () => {
  it("counts and pages of every kind read the index, then rows by their keys", async () => {
    const plans = await plansOf(async () => {
      await getSearchCounts("mission fall");
      for (const kind of KINDS) {
        await getSearchHits("the", kind, { limit: 10, offset: 10 });
        await getSearchHits("the", kind, { limit: 10, offset: 10, ranked: false });
      }
      await getSoundtrackSuggestions("fall");
    });
    expect(plans).toHaveLength(10);
    const walks = walksIn(plans, (step) => scansTable(step) && !FTS_LOOKUP.test(step));
    expect(walks).toEqual([]);
    for (const { steps } of plans) {
      const index = steps.filter((step) => step.includes("search_index"));
      expect(index.length).toBeGreaterThan(0);
      expect(index.filter((step) => !FTS_LOOKUP.test(step))).toEqual([]);
      // Sorted by the index (by rank or newest first), not by a sort of every match afterwards.
      expect(steps.filter((step) => step.includes("TEMP B-TREE FOR ORDER BY"))).toEqual([]);
      // No walk through every live review by the status index.
      expect(steps.filter((step) => step.includes("reviews_status_published_at_idx"))).toEqual([]);
    }
  });
});
