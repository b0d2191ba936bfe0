import { EXCERPT_LENGTH } from "@/lib/comment-excerpt";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closenessToCritic } from "@/lib/scores";
import { openTestDatabase } from "../testing";
import { comments, reviews, soundtracks, users } from "../schema";

const { db } = await openTestDatabase();
const profiles = await import("./profiles");
const { setReaderScore } = await import("./scores");

async function live(slug: string) {
  const [row] = await db
    .select({ soundtrackId: reviews.soundtrackId, reviewId: reviews.id })
    .from(reviews)
    .where(eq(reviews.slug, slug));
  return row!;
}

const [ada] = await db
  .insert(users)
  .values({ name: "Ada Listener", handle: "ada", email: "ada@example.test" })
  .returning();
const adaId = ada!.id;

describe("public profiles", () => {
  it("finds a reader by handle, but not an unknown or banned one", async () => {
    expect(await profiles.getPublicProfile("ada")).toMatchObject({
      id: adaId,
      name: "Ada Listener",
      handle: "ada",
    });
    expect(await profiles.getPublicProfile("nobody")).toBeUndefined();
    await db
      .insert(users)
      .values({ name: "Gone", handle: "gone", email: "gone@example.test", bannedAt: new Date() });
    expect(await profiles.getPublicProfile("gone")).toBeUndefined();
  });

  it("lists the reader's scores with the critic's, only for live reviews", async () => {
    expect(await profiles.getProfileScores(adaId)).toEqual([]);
    const glass = await live("glasswater-meridian");
    const lace = await live("the-lacemaker-of-aldenhythe");
    const featured = await live("mission-impossible-fallout");
    await setReaderScore(adaId, glass.soundtrackId, 85);
    await setReaderScore(adaId, lace.soundtrackId, 70);
    await setReaderScore(adaId, featured.soundtrackId, 90);
    const [hidden] = await db
      .insert(soundtracks)
      .values({ slug: "draft-score", filmTitle: "Draft" })
      .returning();
    await db.insert(reviews).values({
      soundtrackId: hidden!.id,
      slug: "draft-score",
      headline: "d",
      summary: "d",
      body: "d",
      criticScore: 10,
    });
    await setReaderScore(adaId, hidden!.id, 100);

    const rows = await profiles.getProfileScores(adaId);
    expect(rows.map((r) => [r.slug, r.score, r.criticScore]).sort()).toEqual(
      [
        ["glasswater-meridian", 85, 86],
        ["mission-impossible-fallout", 90, null],
        ["the-lacemaker-of-aldenhythe", 70, 91],
      ].sort(),
    );
    expect(rows.find((r) => r.slug === "glasswater-meridian")?.filmTitle).toBe(
      "Glasswater Meridian",
    );
    const closeness = closenessToCritic(rows)!;
    expect(closeness.count).toBe(2);
    expect(closeness.meanAbsolute).toBe(11);
    expect(closeness.meanSigned).toBe(-11);
    expect(closeness.biggest.map((r) => r.slug)).toEqual([
      "the-lacemaker-of-aldenhythe",
      "glasswater-meridian",
    ]);
  });

  it("lists recent comments as plain text, newest first, without deleted ones or spoilers", async () => {
    expect(await profiles.getProfileComments(adaId)).toEqual([]);
    const glass = await live("glasswater-meridian");
    const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1, 12, minutes));
    await db.insert(comments).values([
      {
        reviewId: glass.reviewId,
        authorId: adaId,
        body: "**Loved** the [cello](https://x.test) cue",
        createdAt: at(1),
      },
      {
        reviewId: glass.reviewId,
        authorId: adaId,
        body: "Deleted words",
        createdAt: at(2),
        deletedAt: at(3),
      },
      {
        reviewId: glass.reviewId,
        authorId: adaId,
        body: "The ending reveals…",
        isSpoiler: true,
        createdAt: at(4),
      },
      { reviewId: glass.reviewId, authorId: adaId, body: "word ".repeat(100), createdAt: at(5) },
    ]);
    const rows = await profiles.getProfileComments(adaId);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.slug)).toEqual(Array(3).fill("glasswater-meridian"));
    expect(rows[0]!.excerpt!.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect(rows[0]!.excerpt).toMatch(/^word word .*word…$/);
    expect(rows[1]!.excerpt).toBeNull();
    expect(rows[2]!.excerpt).toBe("Loved the cello cue");
    expect(rows.some((r) => r.excerpt === "Deleted words")).toBe(false);
    expect(await profiles.getProfileComments(adaId, 1)).toHaveLength(1);
  });
});
