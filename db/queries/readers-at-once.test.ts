import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { comments, readerScores, reviews, scoreStats, users } from "../schema";

const { db } = await openTestDatabase();
const { createComment } = await import("./comment-writes");
const { setReaderScore } = await import("./scores");

describe("100 readers at the same moment", () => {
  it("lands every comment and keeps one score row per reader with matching aggregates", async () => {
    const [review] = await db
      .select()
      .from(reviews)
      .where(eq(reviews.slug, "mission-impossible-fallout"));
    const readers = await db
      .insert(users)
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          name: `Reader ${i}`,
          handle: `crowd_${i}`,
          email: `crowd${i}@example.test`,
        })),
      )
      .returning({ id: users.id });
    const finalScore = (i: number) => (i * 5) % 105;

    const results = await Promise.all(
      readers.map(async ({ id }, i) => {
        const [comment] = await Promise.all([
          createComment({
            reviewId: review!.id,
            authorId: id,
            body: `Comment ${i}`,
            isSpoiler: false,
          }),
          setReaderScore(id, review!.soundtrackId, 50).then(() =>
            setReaderScore(id, review!.soundtrackId, finalScore(i)),
          ),
        ]);
        return comment;
      }),
    );

    expect(results.filter((r) => r.ok)).toHaveLength(100);
    expect(await db.$count(comments, eq(comments.reviewId, review!.id))).toBe(100);

    const rows = await db
      .select()
      .from(readerScores)
      .where(eq(readerScores.soundtrackId, review!.soundtrackId));
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(100);

    const [stats] = await db
      .select()
      .from(scoreStats)
      .where(eq(scoreStats.soundtrackId, review!.soundtrackId));
    const histogram = Array.from(
      { length: 21 },
      (_, b) => rows.filter((r) => r.score === b * 5).length,
    );
    expect(stats?.scoreCount).toBe(100);
    expect(stats?.scoreSum).toBe(rows.reduce((sum, r) => sum + r.score, 0));
    expect(stats?.scoreSum).toBe(readers.reduce((sum, _, i) => sum + finalScore(i), 0));
    expect(stats?.histogram).toEqual(histogram);
  });
});
