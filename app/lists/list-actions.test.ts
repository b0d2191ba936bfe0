import { isLive } from "@/db/queries/live";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { reviews } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";
import { LIST_MESSAGES, LIST_TITLE_MAX_LENGTH } from "@/lib/list-rules";
import { formOf, viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

const { caller, revalidateTag } = vi.hoisted(() => ({
  caller: { viewer: null as Viewer | null, suspension: null as { reason: string | null } | null },
  revalidateTag: vi.fn(),
}));
vi.mock("@/auth/viewer", () => ({
  getViewer: async () => caller.viewer,
  getSuspension: async () => caller.suspension,
}));
vi.mock("next/cache", () => ({ revalidateTag }));

const { db } = await openTestDatabase();
const { createList, updateList, deleteList } = await import("./list-actions");
const { addToList, removeFromList, moveInList, setEntryNote } = await import("./entry-actions");
const { getReaderList } = await import("@/db/queries/reader-lists");

const [a, b, c] = (
  await db
    .select({ id: reviews.soundtrackId })
    .from(reviews)
    .where(isLive())
    .orderBy(reviews.soundtrackId)
    .limit(3)
).map((r) => String(r.id));

const owner = await viewerAccount(db, "list_owner");
const other = await viewerAccount(db, "list_other");
const list = {
  title: "Zimmer, best to worst",
  note: "Loud first",
  ranked: "on",
  visibility: "public",
};

async function makeList(fields: Record<string, string> = list): Promise<number> {
  caller.viewer = owner;
  const made = await createList(IDLE, formOf(fields));
  expect(made.status).toBe("ok");
  return (made.data as { id: number }).id;
}
const read = (id: number) => getReaderList(id, owner.id);
const order = async (id: number) => (await read(id))!.entries.map((e) => String(e.soundtrackId));

beforeEach(() => {
  caller.viewer = null;
  caller.suspension = null;
  revalidateTag.mockClear();
});

describe("a reader's lists", () => {
  it("makes, fills, reorders, annotates and empties a ranked list", async () => {
    const id = await makeList();
    expect(revalidateTag).toHaveBeenCalledWith(`profile:${owner.id}`, "max");
    for (const s of [a, b, c]) {
      const added = await addToList(
        IDLE,
        formOf({ listId: String(id), soundtrackId: s!, note: `on ${s}` }),
      );
      expect(added).toMatchObject({ status: "ok", message: "Added to the list." });
    }
    expect(revalidateTag).toHaveBeenCalledWith(`list-count:${c}`, "max");
    const again = await addToList(IDLE, formOf({ listId: String(id), soundtrackId: a! }));
    expect(again).toMatchObject({ status: "error", message: LIST_MESSAGES.alreadyListed });

    await moveInList(IDLE, formOf({ listId: String(id), soundtrackId: c!, to: "1" }));
    expect(await order(id)).toEqual([c, a, b]);
    await setEntryNote(IDLE, formOf({ listId: String(id), soundtrackId: b!, note: "Best cue" }));
    expect((await read(id))!.entries[2]!.note).toBe("Best cue");

    revalidateTag.mockClear();
    await removeFromList(IDLE, formOf({ listId: String(id), soundtrackId: a! }));
    expect(await order(id)).toEqual([c, b]);
    expect(revalidateTag).toHaveBeenCalledWith(`list-count:${a}`, "max");
  });

  it("makes a list with the soundtrack of the review it was made from", async () => {
    caller.viewer = owner;
    const made = await createList(IDLE, formOf({ ...list, soundtrackId: a!, entryNote: "Why" }));
    expect(made).toMatchObject({ status: "ok", data: { added: true } });
    const { entries } = (await read((made.data as { id: number }).id))!;
    expect(entries.map((e) => [String(e.soundtrackId), e.note])).toEqual([[a, "Why"]]);
  });

  it("counts a private list's entries nowhere, and uncounts a list made private", async () => {
    const id = await makeList({ ...list, visibility: "private" });
    revalidateTag.mockClear();
    await addToList(IDLE, formOf({ listId: String(id), soundtrackId: a! }));
    expect(revalidateTag).not.toHaveBeenCalledWith(`list-count:${a}`, "max");
    await updateList(IDLE, formOf({ listId: String(id), ...list }));
    expect(revalidateTag).toHaveBeenCalledWith(`list-count:${a}`, "max");
    expect((await read(id))!.isPublic).toBe(true);
  });

  it("says what is wrong with a title", async () => {
    caller.viewer = owner;
    const blank = await createList(IDLE, formOf({ ...list, title: "  " }));
    expect(blank).toMatchObject({
      code: "invalid",
      fieldErrors: { title: [LIST_MESSAGES.titleRequired] },
    });
    const long = await createList(
      IDLE,
      formOf({ ...list, title: "x".repeat(LIST_TITLE_MAX_LENGTH + 1) }),
    );
    expect(long).toMatchObject({ fieldErrors: { title: [LIST_MESSAGES.titleTooLong] } });
  });
});

describe("only the owner changes a list", () => {
  it("refuses another reader every change, and changes nothing", async () => {
    const id = await makeList();
    await addToList(IDLE, formOf({ listId: String(id), soundtrackId: a! }));
    await addToList(IDLE, formOf({ listId: String(id), soundtrackId: b! }));
    caller.viewer = other;
    revalidateTag.mockClear();
    const listId = String(id);
    const answers = [
      await updateList(IDLE, formOf({ listId, ...list, title: "Mine now" })),
      await addToList(IDLE, formOf({ listId, soundtrackId: c! })),
      await removeFromList(IDLE, formOf({ listId, soundtrackId: a! })),
      await moveInList(IDLE, formOf({ listId, soundtrackId: b!, to: "1" })),
      await setEntryNote(IDLE, formOf({ listId, soundtrackId: a!, note: "Ha" })),
      await deleteList(IDLE, formOf({ listId })),
    ];
    for (const answer of answers) expect(answer).toMatchObject({ status: "error", code: "gone" });
    const after = (await read(id))!;
    expect(after.title).toBe(list.title);
    expect(after.entries.map((e) => [String(e.soundtrackId), e.note])).toEqual([
      [a, null],
      [b, null],
    ]);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("refuses anyone signed out and a banned reader", async () => {
    const id = String(await makeList());
    caller.viewer = null;
    revalidateTag.mockClear();
    const signedOut = await deleteList(IDLE, formOf({ listId: id }));
    expect(signedOut).toMatchObject({ code: "session-ended", message: LIST_MESSAGES.signIn });
    expect(await createList(IDLE, formOf(list))).toMatchObject({ code: "session-ended" });
    caller.suspension = { reason: "Spam" };
    const banned = await addToList(IDLE, formOf({ listId: id, soundtrackId: a! }));
    expect(banned).toMatchObject({ status: "error", code: "refused" });
    expect(banned.message).toContain("suspended");
    expect(await read(Number(id))).toMatchObject({ entries: [] });
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("deletes the owner's list", async () => {
    const id = await makeList();
    const deleted = await deleteList(IDLE, formOf({ listId: String(id) }));
    expect(deleted).toMatchObject({ status: "ok" });
    expect(await read(id)).toBeNull();
  });
});
