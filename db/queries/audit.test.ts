import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { comments, reviews, users } from "../schema";

const { db } = await openTestDatabase();
const audit = await import("./audit");
const writes = await import("./moderation-writes");

async function account(handle: string, role: "reader" | "admin" = "reader") {
  const [row] = await db
    .insert(users)
    .values({ name: handle.toUpperCase(), handle, email: `${handle}@example.com`, role })
    .returning();
  return row!;
}

const [review] = await db
  .select({ id: reviews.id, slug: reviews.slug, headline: reviews.headline })
  .from(reviews)
  .where(eq(reviews.slug, "glasswater-meridian"));
const [ada, bo, reader] = [
  await account("ada_admin", "admin"),
  await account("bo_admin", "admin"),
  await account("rae_reader"),
];

async function comment(body: string) {
  const [row] = await db
    .insert(comments)
    .values({ reviewId: review!.id, authorId: reader.id, body, createdAt: new Date() })
    .returning();
  return row!.id;
}

/** Entries a millisecond apart at least, so "newest first" is not decided by the id alone. */
async function settle() {
  const start = Date.now();
  while (Date.now() === start) await new Promise((resolve) => setImmediate(resolve));
}

// The log, oldest first: Ada hides two comments, Bo bans the reader, the command line publishes.
const kept = await comment("Kept, hidden");
const gone = await comment("Hidden, then deleted");
await writes.hideComments({ actorId: ada.id, commentIds: [kept] });
await settle();
await writes.hideComments({ actorId: ada.id, commentIds: [gone] });
await settle();
await writes.setReaderBan({ actorId: bo.id, userId: reader.id, banned: true, reason: "Spam" });
await settle();
await db.batch([
  audit.auditEntry(db, {
    actorId: null,
    action: "review.published",
    targetType: "review",
    targetId: review!.id,
    summary: review!.headline,
  }),
]);
await db.update(comments).set({ deletedAt: new Date() }).where(eq(comments.id, gone));

describe("the audit log", () => {
  it("lists every entry newest first, with who did it and where the target still is", async () => {
    const page = await audit.getAuditPage({ pageSize: 10 });
    expect(page.rows.map((r) => [r.action, r.actor?.handle ?? null])).toEqual([
      ["review.published", null],
      ["reader.banned", "bo_admin"],
      ["comment.hidden", "ada_admin"],
      ["comment.hidden", "ada_admin"],
    ]);
    expect(page.rows.map((r) => r.target)).toEqual([
      { kind: "review", slug: "glasswater-meridian" },
      { kind: "reader", handle: "rae_reader", banned: true },
      null,
      { kind: "comment", slug: "glasswater-meridian", commentId: kept },
    ]);
    expect(page.rows[1]).toMatchObject({ summary: "@rae_reader (RAE_READER): Spam" });
    expect(page.rows[3]!.at).toBeInstanceOf(Date);
    expect(page).toMatchObject({ newer: null, older: null });
  });

  it("pages both ways", async () => {
    const first = await audit.getAuditPage({ pageSize: 3 });
    expect(first.rows).toHaveLength(3);
    const second = await audit.getAuditPage({ pageSize: 3, before: first.older! });
    expect(second.rows.map((r) => r.target)).toEqual([
      { kind: "comment", slug: "glasswater-meridian", commentId: kept },
    ]);
    expect(second.older).toBeNull();
    const back = await audit.getAuditPage({ pageSize: 3, after: second.newer! });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.newer).toBeNull();
  });

  it("filters by action and by the admin who acted", async () => {
    const hidden = await audit.getAuditPage({ pageSize: 10, action: "comment.hidden" });
    expect(hidden.rows.map((r) => r.action)).toEqual(["comment.hidden", "comment.hidden"]);
    const byBo = await audit.getAuditPage({ pageSize: 10, admin: "bo_admin" });
    expect(byBo.rows.map((r) => r.action)).toEqual(["reader.banned"]);
    const both = await audit.getAuditPage({
      pageSize: 10,
      admin: "bo_admin",
      action: "comment.hidden",
    });
    expect(both.rows).toEqual([]);
    expect((await audit.getAuditPage({ pageSize: 10, admin: "nobody_here" })).rows).toEqual([]);
  });

  it("knows which actions it holds, and who the admins are", async () => {
    expect(await audit.getAuditActions()).toEqual([
      "comment.hidden",
      "reader.banned",
      "review.published",
    ]);
    const admins = await audit.getAdmins();
    expect(admins).toEqual(
      expect.arrayContaining([
        { name: "ADA_ADMIN", handle: "ada_admin" },
        { name: "BO_ADMIN", handle: "bo_admin" },
      ]),
    );
    expect(admins.map((a) => a.handle)).not.toContain("rae_reader");
  });
});
