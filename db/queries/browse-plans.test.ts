import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { openTestDatabase } from "../testing";
import { type Plan, recordPlans } from "../testing-plans";
import { composers, reviews, scoreStats } from "../schema";

// Browsing on a catalogue of thousands of reviews: every statement must find its rows through an
// index. The plans do not depend on the row counts (no ANALYZE statistics), so the seeded site,
// with a few soundtracks scored, shows the plans a large one would get.

const { db } = await openTestDatabase();
const { plansOf, scansTable, walksIn } = await recordPlans(env.DATABASE_URL);
const archive = await import("./archive");
const composerQueries = await import("./composers");
const rankings = await import("./rankings");
const { getLiveReviewBySlug, getPlaceInWeek, getWeekNeighbours } = await import("./reviews");

const live = await db.select().from(reviews);
await db.insert(scoreStats).values(
  live.slice(0, 3).map((r, i) => ({
    soundtrackId: r.soundtrackId,
    scoreCount: 3 + i,
    scoreSum: 20 * (3 + i),
    histogram: Array<number>(21).fill(0),
  })),
);
const [composer] = await db
  .select()
  .from(composers)
  .where(eq(composers.slug, "ondine-marrowfield"));

/**
 * Steps that read one of the app's tables from end to end. An index walked in the order the
 * statement asks for, with a LIMIT, stops after the page (and its offset), and is allowed.
 */
const walks = (plans: Plan[]) =>
  walksIn(
    plans,
    (step, sql) =>
      scansTable(step) && !(/ USING (COVERING )?INDEX /.test(step) && /\blimit\b/i.test(sql)),
  );
const steps = (plans: Plan[]) => plans.flatMap((p) => p.steps);

const query = { year: null, composerId: null, minScore: null, page: 2, pageSize: 2 } as const;

describe("query plans of browsing", () => {
  it("sorting the archive by the readers' average walks score_stats_average_idx", async () => {
    for (const minScore of [null, 70]) {
      const plans = await plansOf(() =>
        archive.getArchivePage({ ...query, minScore, sort: "readers", page: 1 }),
      );
      expect(walks(plans)).toEqual([]);
      expect(steps(plans)).toContain("SCAN score_stats USING INDEX score_stats_average_idx");
    }
  });

  it("sorting by the critic's score walks reviews_critic_score_idx", async () => {
    const plans = await plansOf(() => archive.getArchivePage({ ...query, sort: "critic" }));
    expect(walks(plans)).toEqual([]);
    expect(steps(plans)).toContain("SCAN reviews USING INDEX reviews_critic_score_idx");
    const above = await plansOf(() =>
      archive.getArchivePage({ ...query, sort: "critic", minScore: 80 }),
    );
    expect(walks(above)).toEqual([]);
    expect(steps(above)).toContain(
      "SEARCH reviews USING INDEX reviews_critic_score_idx (critic_score>?)",
    );
  });

  it("a film year or a composer starts from their own index, whatever the sort", async () => {
    for (const sort of ["newest", "oldest", "critic", "readers"] as const) {
      const byYear = await plansOf(() => archive.getArchivePage({ ...query, sort, year: 2024 }));
      expect(walks(byYear)).toEqual([]);
      expect(steps(byYear)).toContain(
        "SEARCH soundtracks USING COVERING INDEX soundtracks_film_year_idx (film_year=?)",
      );
      const byComposer = await plansOf(() =>
        archive.getArchivePage({ ...query, sort, composerId: composer!.id, minScore: 50 }),
      );
      expect(walks(byComposer)).toEqual([]);
      expect(steps(byComposer)).toContain(
        "SEARCH soundtrack_composers USING INDEX soundtrack_composers_composer_idx (composer_id=?)",
      );
    }
  });

  it("the week's order, the composers, the rankings, the neighbours and a review's place in its week walk no table", async () => {
    const review = await getLiveReviewBySlug("glasswater-meridian");
    const plans = await plansOf(async () => {
      await archive.getArchivePage({ ...query, sort: "newest", minScore: 60 });
      await archive.getArchivePage({ ...query, sort: "oldest" });
      await composerQueries.getComposerIndex();
      await composerQueries.getComposerSoundtracks(composer!.id);
      await rankings.getCriticRanking();
      await rankings.getReaderRanking();
      await getWeekNeighbours(review!);
      await getPlaceInWeek(review!, new Date(review!.publishedAt!.getTime() - 86_400_000));
    });
    expect(walks(plans)).toEqual([]);
    expect(steps(plans)).toContain("SCAN score_stats USING INDEX score_stats_average_idx");
  });
});
