import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import {
  composers,
  reviews,
  scoreStats,
  soundtrackComposers,
  soundtracks,
  tracks,
} from "../schema";

// A small catalogue of its own, where every order and tie is known: five live reviews, a draft
// and a review scheduled for next week, which must never show.

const { db } = await openTestDatabase({ seed: false });
const archive = await import("./archive");
const composerQueries = await import("./composers");
const rankings = await import("./rankings");
const { getWeekNeighbours } = await import("./reviews");

const WEEK = 7 * 86_400_000;
const [ada, bo, cy] = await db
  .insert(composers)
  .values([
    { slug: "ada-zed", name: "Ada Zed", sortName: "Zed, Ada" },
    { slug: "bo-young", name: "Bo Young", sortName: "Young, Bo" },
    { slug: "cy-draft", name: "Cy Draft", sortName: "Draft, Cy" },
  ])
  .returning();

type Entry = {
  slug: string;
  year: number;
  by: { id: number }[];
  critic: number | null;
  weeksAgo: number;
  status?: "draft" | "scheduled" | "published";
  scores?: [count: number, sum: number];
};

async function addReview(e: Entry) {
  const [st] = await db
    .insert(soundtracks)
    .values({ slug: e.slug, filmTitle: `Film ${e.slug}`, filmYear: e.year })
    .returning();
  await db
    .insert(soundtrackComposers)
    .values(e.by.map((c, position) => ({ soundtrackId: st!.id, composerId: c.id, position })));
  await db.insert(tracks).values([
    { soundtrackId: st!.id, position: 1, title: "One", durationSeconds: 100 },
    { soundtrackId: st!.id, position: 2, title: "Two", durationSeconds: 65 },
  ]);
  const [review] = await db
    .insert(reviews)
    .values({
      soundtrackId: st!.id,
      slug: e.slug,
      headline: e.slug,
      summary: e.slug,
      body: e.slug,
      criticScore: e.critic,
      status: e.status ?? "published",
      publishedAt: e.status === "draft" ? null : new Date(Date.now() - e.weeksAgo * WEEK),
    })
    .returning();
  if (e.scores) {
    const [scoreCount, scoreSum] = e.scores;
    await db.insert(scoreStats).values({
      soundtrackId: st!.id,
      scoreCount,
      scoreSum,
      histogram: Array<number>(21).fill(0),
    });
  }
  return { ...review!, soundtrackId: st!.id };
}

const alpha = await addReview({
  slug: "alpha",
  year: 2020,
  by: [ada!],
  critic: 80,
  weeksAgo: 1,
  scores: [4, 360],
});
const beta = await addReview({
  slug: "beta",
  year: 2020,
  by: [ada!, bo!],
  critic: 90,
  weeksAgo: 2,
  scores: [2, 190],
});
const gamma = await addReview({ slug: "gamma", year: 2021, by: [bo!], critic: 80, weeksAgo: 3 });
const delta = await addReview({
  slug: "delta",
  year: 2019,
  by: [bo!],
  critic: null,
  weeksAgo: 4,
  scores: [5, 450],
});
// Everyone took their score back: a row with no scores, as good as none.
const epsilon = await addReview({
  slug: "epsilon",
  year: 2022,
  by: [bo!],
  critic: 60,
  weeksAgo: 5,
  scores: [0, 0],
});
await addReview({
  slug: "draft",
  year: 2020,
  by: [cy!, ada!],
  critic: 100,
  weeksAgo: 0,
  status: "draft",
  scores: [10, 1000],
});
await addReview({
  slug: "later",
  year: 2020,
  by: [ada!],
  critic: 95,
  weeksAgo: -1,
  status: "scheduled",
  scores: [9, 900],
});

const query = { year: null, composerId: null, minScore: null, page: 1, pageSize: 10 } as const;
type Query = Partial<Parameters<typeof archive.getArchivePage>[0]>;
async function slugs(q: Query) {
  const { cards } = await archive.getArchivePage({ ...query, sort: "newest", ...q });
  return cards.map((c) => c.slug);
}

describe("the archive's filters and sorts", () => {
  it("sorts by week either way, and never shows a draft or a review not live yet", async () => {
    expect(await slugs({})).toEqual(["alpha", "beta", "gamma", "delta", "epsilon"]);
    expect(await slugs({ sort: "oldest" })).toEqual(["epsilon", "delta", "gamma", "beta", "alpha"]);
  });

  it("sorts by the critic's score, ties newest first, unscored last", async () => {
    expect(await slugs({ sort: "critic" })).toEqual(["beta", "alpha", "gamma", "epsilon", "delta"]);
  });

  it("sorts by the readers' average, ties by more scores, unscored last newest first", async () => {
    const { cards, total } = await archive.getArchivePage({ ...query, sort: "readers" });
    expect(total).toBe(5);
    expect(cards.map((c) => [c.slug, c.readers.average, c.readers.count])).toEqual([
      ["beta", 95, 2],
      ["delta", 90, 5],
      ["alpha", 90, 4],
      ["gamma", null, 0],
      ["epsilon", null, 0],
    ]);
  });

  it("pages through the readers' order across scored and unscored without overlap", async () => {
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await slugs({ sort: "readers", pageSize: 2, page }));
    expect(pages).toEqual([["beta", "delta"], ["alpha", "gamma"], ["epsilon"]]);
    expect(await slugs({ sort: "critic", pageSize: 2, page: 3 })).toEqual(["delta"]);
  });

  it("filters by film year, composer and minimum critic's score, combined", async () => {
    expect(await slugs({ year: 2020 })).toEqual(["alpha", "beta"]);
    expect(await slugs({ composerId: ada!.id })).toEqual(["alpha", "beta"]);
    expect(await slugs({ composerId: bo!.id, year: 2020 })).toEqual(["beta"]);
    expect(await slugs({ minScore: 80 })).toEqual(["alpha", "beta", "gamma"]);
    expect(await slugs({ minScore: 85, year: 2020 })).toEqual(["beta"]);
    expect(await slugs({ composerId: cy!.id })).toEqual([]);
    expect(await slugs({ year: 1999 })).toEqual([]);
  });

  it("sorts a filtered view and counts what matches", async () => {
    const { cards, total } = await archive.getArchivePage({
      ...query,
      composerId: bo!.id,
      sort: "readers",
    });
    expect(total).toBe(4);
    expect(cards.map((c) => c.slug)).toEqual(["beta", "delta", "gamma", "epsilon"]);
    expect(await slugs({ composerId: bo!.id, sort: "critic", minScore: 50 })).toEqual([
      "beta",
      "gamma",
      "epsilon",
    ]);
    expect(await slugs({ minScore: 70, sort: "readers" })).toEqual(["beta", "alpha", "gamma"]);
  });
});

describe("composers", () => {
  it("lists composers with a live review by sort name, with their number of soundtracks", async () => {
    const index = await composerQueries.getComposerIndex();
    expect(index.map((c) => [c.name, c.soundtracks])).toEqual([
      ["Bo Young", 4],
      ["Ada Zed", 2],
    ]);
  });

  it("gives a composer's live soundtracks with scores and running time", async () => {
    const rows = await composerQueries.getComposerSoundtracks(ada!.id);
    expect(
      rows.map((r) => [r.reviewSlug, r.criticScore, r.scoreCount, r.scoreSum, r.runtimeSeconds]),
    ).toEqual([
      ["alpha", 80, 4, 360, 165],
      ["beta", 90, 2, 190, 165],
    ]);
    expect(await composerQueries.getComposerSoundtracks(cy!.id)).toEqual([]);
  });
});

describe("rankings", () => {
  it("ranks live reviews by the critic's score, ties newest first", async () => {
    const ranked = await rankings.getCriticRanking();
    expect(ranked.map((r) => [r.reviewSlug, r.score])).toEqual([
      ["beta", 90],
      ["alpha", 80],
      ["gamma", 80],
      ["epsilon", 60],
    ]);
  });

  it("ranks by the readers' average only soundtracks with the minimum number of scores", async () => {
    const ranked = await rankings.getReaderRanking(3);
    expect(ranked.map((r) => [r.reviewSlug, r.score, r.scoreCount])).toEqual([
      ["delta", 90, 5],
      ["alpha", 90, 4],
    ]);
    expect((await rankings.getReaderRanking(2)).map((r) => r.reviewSlug)).toEqual([
      "beta",
      "delta",
      "alpha",
    ]);
    expect(await rankings.getReaderRanking(6)).toEqual([]);
  });
});

describe("previous and next week", () => {
  it("links each live review to its neighbours, with nothing past either end", async () => {
    const of = async (r: typeof alpha) => {
      const { previous, next } = await getWeekNeighbours(r);
      return [previous?.slug, next?.slug];
    };
    expect(await of(alpha)).toEqual(["beta", undefined]);
    expect(await of(gamma)).toEqual(["delta", "beta"]);
    expect(await of(epsilon)).toEqual([undefined, "delta"]);
    expect(await of(delta)).toEqual(["epsilon", "gamma"]);
    expect(await of(beta)).toEqual(["gamma", "alpha"]);
  });
});
