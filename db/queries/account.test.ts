import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  commentLikes,
  comments,
  favouriteTracks,
  readerScores,
  reviews,
  scoreStats,
  sessions,
  tracks,
  users,
} from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { DELETED_READER } from "@/lib/deleted-reader";
import { viewerAccount } from "@/lib/testing/admin-actions";

const { db } = await openTestDatabase();
const { changeEmail, changePassword, deleteAccount } = await import("./account");
const { getAccountExport } = await import("./account-export");
const { getReviewComments } = await import("./comments");
const { setReaderScore } = await import("./scores");
const { endAllSessions, endSession, startSession } = await import("./sessions");

const [review] = await db
  .select()
  .from(reviews)
  .where(eq(reviews.slug, "mission-impossible-fallout"));
const reviewId = review!.id;
const soundtrackId = review!.soundtrackId;

let clock = Date.parse("2026-01-01T00:00:00Z");
async function comment(authorId: string, body: string, parentId?: number) {
  const [row] = await db
    .insert(comments)
    .values({ reviewId, authorId, body, parentId, createdAt: new Date((clock += 1000)) })
    .returning({ id: comments.id });
  return row!.id;
}

async function like(commentId: number, userId: string) {
  await db.insert(commentLikes).values({ commentId, userId });
  await db
    .update(comments)
    .set({ likeCount: sql`${comments.likeCount} + 1` })
    .where(eq(comments.id, commentId));
}

const liveSessions = async (userId: string) =>
  (await db.select().from(sessions).where(eq(sessions.userId, userId))).map((s) => s.sessionToken);

/** score_stats as the rows say it should be: count, sum and histogram recomputed. */
async function statsAgreeWithRows() {
  const rows = await db
    .select()
    .from(readerScores)
    .where(eq(readerScores.soundtrackId, soundtrackId));
  const [stats] = await db
    .select()
    .from(scoreStats)
    .where(eq(scoreStats.soundtrackId, soundtrackId));
  const histogram = Array.from(
    { length: 21 },
    (_, i) => rows.filter((r) => r.score === i * 5).length,
  );
  expect(stats).toMatchObject({
    scoreCount: rows.length,
    scoreSum: rows.reduce((sum, r) => sum + r.score, 0),
    histogram,
  });
}

describe("sessions", () => {
  it("end one at a time, all at once, or all but this one with a new password", async () => {
    const reader = await viewerAccount(db, "sessions_reader");
    const [a, b, c] = [
      await startSession(reader.id),
      await startSession(reader.id),
      await startSession(reader.id),
    ];
    await endSession(a);
    expect((await liveSessions(reader.id)).sort()).toEqual([b, c].sort());
    await changePassword(reader.id, "new-hash", b);
    expect(await liveSessions(reader.id)).toEqual([b]);
    const [row] = await db.select().from(users).where(eq(users.id, reader.id));
    expect(row!.passwordHash).toBe("new-hash");
    await endAllSessions(reader.id);
    expect(await liveSessions(reader.id)).toEqual([]);
  });

  it("clears the account's expired sessions as a new one starts", async () => {
    const reader = await viewerAccount(db, "expired_reader");
    await db
      .insert(sessions)
      .values({ sessionToken: "long-gone", userId: reader.id, expires: new Date(1000) });
    const fresh = await startSession(reader.id);
    expect(await liveSessions(reader.id)).toEqual([fresh]);
  });
});

describe("changing the email", () => {
  it("unverifies the new address and refuses one another account has", async () => {
    const reader = await viewerAccount(db, "email_mover");
    await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, reader.id));
    expect(await changeEmail(reader.id, "Moved@Example.test")).toBe("done");
    const [row] = await db.select().from(users).where(eq(users.id, reader.id));
    expect(row).toMatchObject({ email: "moved@example.test", emailVerified: null });
    await viewerAccount(db, "email_owner");
    expect(await changeEmail(reader.id, "email_owner@example.test")).toBe("taken");
  });
});

describe("deleting an account", () => {
  it("keeps a replied comment as a deleted reader's placeholder and takes everything else", async () => {
    const leaving = await viewerAccount(db, "leaving_reader");
    const staying = await viewerAccount(db, "staying_reader");
    const replied = await comment(leaving.id, "Replied to, so it stays as a placeholder");
    const reply = await comment(staying.id, "A reply that must keep its thread", replied);
    const alone = await comment(leaving.id, "Nobody answered this one");
    const selfAnswered = await comment(leaving.id, "Only I replied to this");
    await comment(leaving.id, "My own reply", selfAnswered);
    const theirs = await comment(staying.id, "Staying's own comment");
    const myReply = await comment(leaving.id, "My reply to someone else", theirs);
    await like(theirs, leaving.id);
    await like(theirs, staying.id);
    await like(replied, staying.id);
    await setReaderScore(leaving.id, soundtrackId, 35);
    await setReaderScore(staying.id, soundtrackId, 80);
    const [track] = await db.select().from(tracks).where(eq(tracks.soundtrackId, soundtrackId));
    await db
      .insert(favouriteTracks)
      .values({ userId: leaving.id, trackId: track!.id, soundtrackId });
    await startSession(leaving.id);
    await statsAgreeWithRows();

    expect(await deleteAccount(leaving.id)).toBe(true);

    expect(await db.select().from(users).where(eq(users.id, leaving.id))).toEqual([]);
    const left = await db
      .select()
      .from(comments)
      .where(
        sql`${comments.id} IN (${sql.join([replied, reply, alone, selfAnswered, theirs, myReply], sql`, `)})`,
      );
    const byId = new Map(left.map((c) => [c.id, c]));
    expect([...byId.keys()].sort((x, y) => x - y)).toEqual([replied, reply, theirs]);
    expect(byId.get(replied)).toMatchObject({
      authorId: DELETED_READER.id,
      body: "",
      likeCount: 1,
    });
    expect(byId.get(replied)!.deletedAt).not.toBeNull();
    expect(byId.get(reply)).toMatchObject({ authorId: staying.id, parentId: replied });
    // Their like is taken out of the count along with the like itself.
    expect(byId.get(theirs)!.likeCount).toBe(1);
    expect(await db.$count(commentLikes, eq(commentLikes.userId, leaving.id))).toBe(0);
    expect(await db.$count(readerScores, eq(readerScores.userId, leaving.id))).toBe(0);
    expect(await db.$count(favouriteTracks, eq(favouriteTracks.userId, leaving.id))).toBe(0);
    expect(await liveSessions(leaving.id)).toEqual([]);
    await statsAgreeWithRows();

    const threads = await getReviewComments({ reviewId, sort: "oldest", page: 1, pageSize: 100 });
    const placeholder = threads.find((t) => t.id === replied)!;
    expect(placeholder).toMatchObject({
      deleted: true,
      byDeletedReader: true,
      body: null,
      author: null,
    });
    expect(placeholder.replies.map((r) => r.id)).toEqual([reply]);
    expect(threads.some((t) => t.id === alone || t.id === selfAnswered)).toBe(false);
  });

  it("shares one deleted reader between accounts, who cannot sign in or be visited", async () => {
    const first = await viewerAccount(db, "first_leaver");
    const second = await viewerAccount(db, "second_leaver");
    const other = await viewerAccount(db, "answerer");
    await comment(other.id, "reply", await comment(first.id, "first"));
    await comment(other.id, "reply", await comment(second.id, "second"));
    expect(await deleteAccount(first.id)).toBe(true);
    expect(await deleteAccount(second.id)).toBe(true);
    const [ghost] = await db.select().from(users).where(eq(users.id, DELETED_READER.id));
    expect(ghost).toMatchObject({ email: null, passwordHash: null, handle: null });
    expect(
      await db.$count(comments, eq(comments.authorId, DELETED_READER.id)),
    ).toBeGreaterThanOrEqual(3);
  });

  it("leaves an editor's account alone", async () => {
    const editor = await viewerAccount(db, "editor_stays", { role: "admin" });
    await setReaderScore(editor.id, soundtrackId, 60);
    expect(await deleteAccount(editor.id)).toBe(false);
    expect(await db.$count(users, eq(users.id, editor.id))).toBe(1);
    expect(
      await db.$count(
        readerScores,
        and(eq(readerScores.userId, editor.id), eq(readerScores.soundtrackId, soundtrackId)),
      ),
    ).toBe(1);
    await statsAgreeWithRows();
  });
});

describe("downloading one's data", () => {
  it("holds the profile, comments, scores and favourites, and nobody else's", async () => {
    const reader = await viewerAccount(db, "exporter", { name: "Ex Porter" });
    const someone = await viewerAccount(db, "someone_else");
    await comment(reader.id, "My words, to keep");
    await comment(someone.id, "Not theirs");
    await setReaderScore(reader.id, soundtrackId, 75);
    const data = await getAccountExport(reader.id);
    expect(data?.profile).toMatchObject({ name: "Ex Porter", handle: "exporter" });
    expect(data?.comments.map((c) => c.body)).toEqual(["My words, to keep"]);
    expect(data?.scores).toMatchObject([{ film: "Mission: Impossible – Fallout", score: 7.5 }]);
    expect(data?.favourites).toEqual([]);
    expect(await getAccountExport("nobody")).toBeUndefined();
  });
});
