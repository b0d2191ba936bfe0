import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { comments, readerScores, reviews, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";

// The session cookie is the only thing faked: the ban is read from the database by the real viewer.
const { auth } = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("./config", () => ({ auth }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));

const { db } = await openTestDatabase();
const { getViewer } = await import("./viewer");
const { postComment } = await import("@/app/reviews/[slug]/actions");
const { saveScore } = await import("@/app/reviews/[slug]/score-actions");

const [reader] = await db
  .insert(users)
  .values({ name: "Banned Later", handle: "banned_later", email: "banned@example.com" })
  .returning();
const [review] = await db
  .select()
  .from(reviews)
  .where(eq(reviews.slug, "mission-impossible-fallout"));

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

describe("a banned reader", () => {
  it("is a viewer until banned, and nobody once banned, with the same session", async () => {
    auth.mockResolvedValue({ user: { id: reader!.id } });
    expect((await getViewer())?.handle).toBe("banned_later");
    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, reader!.id));
    vi.resetModules();
    const fresh = await import("./viewer");
    expect(await fresh.getViewer()).toBeNull();
  });

  it("cannot post a comment or score with a still-valid session", async () => {
    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, reader!.id));
    auth.mockResolvedValue({ user: { id: reader!.id } });
    const comment = await postComment(
      IDLE,
      form({ reviewId: String(review!.id), body: "Still here?", timeZone: "UTC" }),
    );
    expect(comment.status).toBe("error");
    expect(comment.message).toMatch(/sign in/i);
    const score = await saveScore(
      IDLE,
      form({
        slug: review!.slug,
        soundtrackId: String(review!.soundtrackId),
        score: "8",
        intent: "save",
      }),
    );
    expect(score.status).toBe("error");
    expect(await db.$count(comments, eq(comments.authorId, reader!.id))).toBe(0);
    expect(await db.$count(readerScores, eq(readerScores.userId, reader!.id))).toBe(0);
  });
});
