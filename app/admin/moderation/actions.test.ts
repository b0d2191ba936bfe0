import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  auditLog,
  commentReports,
  comments,
  follows,
  readerListEntries,
  readerLists,
  reviews,
  soundtracks,
  users,
} from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";
import { formOf as form, viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

const { getViewer, revalidateTag } = vi.hoisted(() => ({
  getViewer: vi.fn<() => Promise<Viewer | null>>(),
  revalidateTag: vi.fn(),
}));
vi.mock("@/auth/viewer", () => ({ getViewer, getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag }));

const { db } = await openTestDatabase();
const actions = await import("./actions");

const [admin, otherAdmin, ana, ben] = [
  await viewerAccount(db, "mod_admin", { role: "admin" }),
  await viewerAccount(db, "other_admin", { role: "admin" }),
  await viewerAccount(db, "ana_reader"),
  await viewerAccount(db, "ben_reader"),
];
const [review] = await db
  .select({ id: reviews.id })
  .from(reviews)
  .where(eq(reviews.slug, "mission-impossible-fallout"));

async function comment(author: Viewer, body: string) {
  const [row] = await db
    .insert(comments)
    .values({ reviewId: review!.id, authorId: author.id, body, createdAt: new Date() })
    .returning();
  return row!.id;
}

/** Everything the moderation actions can change, to compare before and after. */
async function snapshot() {
  return {
    comments: await db.select().from(comments),
    reports: await db.select().from(commentReports),
    users: await db.select().from(users),
    audit: await db.select().from(auditLog),
  };
}

const invalidated = () => revalidateTag.mock.calls.map((call) => call[0] as string).sort();

beforeEach(() => {
  getViewer.mockReset();
  revalidateTag.mockClear();
});

describe("callers who are not admins", () => {
  it("are refused by every moderation action, and nothing changes", async () => {
    const id = String(await comment(ana, "Reported words"));
    await db
      .insert(commentReports)
      .values({ commentId: Number(id), reporterId: ben.id, reason: "spam" });
    const calls = [
      () => actions.hideComments(IDLE, form({ commentIds: [id] })),
      () => actions.unhideComments(IDLE, form({ commentIds: [id] })),
      () => actions.deleteComments(IDLE, form({ commentIds: [id] })),
      () => actions.banReader(IDLE, form({ userId: ana.id, reason: "Spam" })),
      () => actions.unbanReader(IDLE, form({ userId: ana.id, reason: "Sorry" })),
    ];
    for (const caller of [null, ben]) {
      getViewer.mockResolvedValue(caller);
      const before = await snapshot();
      for (const call of calls) {
        expect(await call()).toMatchObject({
          status: "error",
          message: "Only editors can do that.",
        });
      }
      expect(await snapshot()).toEqual(before);
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});

describe("an admin", () => {
  beforeEach(() => getViewer.mockResolvedValue(admin));

  it("hides and unhides comments in bulk, touching their discussions and profiles only", async () => {
    const [first, second] = [await comment(ana, "One"), await comment(ben, "Two")];
    const hidden = await actions.hideComments(
      IDLE,
      form({ commentIds: [`${first}`, `${second}`] }),
    );
    expect(hidden).toMatchObject({
      status: "ok",
      message: "2 comments hidden and their open reports resolved.",
    });
    expect(invalidated()).toEqual(
      [`comments:${review!.id}`, `profile:${ana.id}`, `profile:${ben.id}`].sort(),
    );
    expect(await db.$count(auditLog, eq(auditLog.action, "comment.hidden"))).toBeGreaterThan(1);

    revalidateTag.mockClear();
    const again = await actions.hideComments(IDLE, form({ commentIds: `${first}` }));
    expect(again).toMatchObject({
      status: "error",
      message: "Nothing to hide: those comments are already hidden or deleted.",
    });
    expect(revalidateTag).not.toHaveBeenCalled();

    const third = await comment(ana, "Three");
    const shown = await actions.unhideComments(
      IDLE,
      form({ commentIds: [`${first}`, `${third}`] }),
    );
    expect(shown).toMatchObject({
      status: "ok",
      message: "1 comment visible again. 1 comment was not hidden.",
    });
  });

  it("deletes comments, which changes the review's comment count too", async () => {
    const id = await comment(ana, "Gone soon");
    const deleted = await actions.deleteComments(IDLE, form({ commentIds: `${id}` }));
    expect(deleted).toMatchObject({
      status: "ok",
      message: "1 comment deleted and its open reports resolved.",
    });
    expect(invalidated()).toEqual(
      [`comment-count:${review!.id}`, `comments:${review!.id}`, `profile:${ana.id}`].sort(),
    );
  });

  it("is told what is wrong with a selection", async () => {
    const none = await actions.hideComments(IDLE, form({}));
    expect(none.status).toBe("error");
    expect(none.fieldErrors?.commentIds).toEqual(["Select at least one comment first."]);
    const junk = await actions.deleteComments(IDLE, form({ commentIds: ["12", "drop table"] }));
    expect(junk.status).toBe("error");
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("bans a reader with a reason, and lifts the ban", async () => {
    const noReason = await actions.banReader(IDLE, form({ userId: ana.id, reason: "  " }));
    expect(noReason).toMatchObject({ status: "error", message: "The ban needs a reason." });
    expect(noReason.fieldErrors?.reason).toEqual(["Give a reason; the reader will see it."]);

    await comment(ana, "Buy my mixtapes");
    const banned = await actions.banReader(IDLE, form({ userId: ana.id, reason: " Spam links " }));
    expect(banned).toMatchObject({ status: "ok", values: { reason: "" } });
    // Her profile goes, and so does the link from her name under her comments.
    expect(invalidated()).toEqual([`comments:${review!.id}`, `profile:${ana.id}`]);
    const [row] = await db.select().from(users).where(eq(users.id, ana.id));
    expect(row?.banReason).toBe("Spam links");
    expect((await actions.banReader(IDLE, form({ userId: ana.id, reason: "Again" }))).message).toBe(
      "That reader is already banned.",
    );

    const lifted = await actions.unbanReader(IDLE, form({ userId: ana.id, reason: "Appealed" }));
    expect(lifted).toMatchObject({ status: "ok", message: "The ban is lifted." });
    const [after] = await db.select().from(users).where(eq(users.id, ana.id));
    expect(after).toMatchObject({ bannedAt: null, banReason: null });
  });

  it("takes a banned reader out of the counts they are part of: follows and public lists", async () => {
    const cat = await viewerAccount(db, "cat_reader");
    const [st1, st2] = await db.select({ id: soundtracks.id }).from(soundtracks).limit(2);
    const at = new Date();
    await db.insert(follows).values([
      { followerId: cat.id, followedId: ben.id, createdAt: at },
      { followerId: otherAdmin.id, followedId: cat.id, createdAt: at },
    ]);
    const lists = await db
      .insert(readerLists)
      .values(
        [true, false].map((isPublic) => ({
          userId: cat.id,
          title: "Mine",
          isPublic,
          createdAt: at,
          updatedAt: at,
        })),
      )
      .returning({ id: readerLists.id });
    await db.insert(readerListEntries).values([
      { listId: lists[0]!.id, soundtrackId: st1!.id, position: 1, createdAt: at },
      { listId: lists[1]!.id, soundtrackId: st2!.id, position: 1, createdAt: at },
    ]);
    const expected = [
      `list-count:${st1!.id}`,
      `profile:${ben.id}`,
      `profile:${cat.id}`,
      `profile:${otherAdmin.id}`,
    ].sort();
    await actions.banReader(IDLE, form({ userId: cat.id, reason: "Spam" }));
    expect(invalidated()).toEqual(expected);
    revalidateTag.mockClear();
    await actions.unbanReader(IDLE, form({ userId: cat.id, reason: "Appealed" }));
    expect(invalidated()).toEqual(expected);
  });

  it("cannot ban another admin or themselves", async () => {
    const before = await snapshot();
    expect(
      (await actions.banReader(IDLE, form({ userId: otherAdmin.id, reason: "Coup" }))).message,
    ).toBe("Admins cannot be banned.");
    expect(
      (await actions.banReader(IDLE, form({ userId: admin.id, reason: "Oops" }))).message,
    ).toBe("You cannot ban yourself.");
    expect(await snapshot()).toEqual(before);
  });
});
