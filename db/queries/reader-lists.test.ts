import { eq, inArray } from "drizzle-orm";
import { isLive } from "./live";
import { describe, expect, it } from "vitest";
import { listComparePath } from "@/lib/list-rules";
import { openTestDatabase } from "../testing";
import { composers, reviews, soundtrackComposers, users } from "../schema";

const { db } = await openTestDatabase();
const lists = await import("./reader-lists");

const live = (
  await db
    .select({ id: reviews.soundtrackId })
    .from(reviews)
    .where(isLive())
    .orderBy(reviews.soundtrackId)
).map((row) => row.id);

async function reader(handle: string, extra: Partial<typeof users.$inferInsert> = {}) {
  const [row] = await db
    .insert(users)
    .values({ name: `Reader ${handle}`, handle, email: `${handle}@example.test`, ...extra })
    .returning({ id: users.id });
  return row!.id;
}

const ada = await reader("ada");
const bea = await reader("bea");
const fields = { title: "Zimmer, best to worst", note: null, ranked: true, isPublic: true };
const order = async (listId: number) =>
  (await lists.getReaderList(listId, ada))!.entries.map((e) => [e.soundtrackId, e.position]);

describe("readers' lists", () => {
  it("adds soundtracks at the end, once each, only to the reader's own list", async () => {
    const id = (await lists.createReaderList(ada, fields))!;
    for (const s of live.slice(0, 4))
      expect(await lists.addListEntry(ada, id, s, null)).toBe("added");
    expect(await lists.addListEntry(ada, id, live[0]!, "again")).toBe("already-listed");
    expect(await lists.addListEntry(bea, id, live[4]!, null)).toBe("not-found");
    expect(await lists.addListEntry(ada, id, 999_999, null)).toBe("not-found");
    expect(await order(id)).toEqual(live.slice(0, 4).map((s, i) => [s, i + 1]));
  });

  it("gives each entry its composers in the order the album credits them", async () => {
    const id = (await lists.createReaderList(ada, fields))!;
    for (const s of live.slice(0, 3)) await lists.addListEntry(ada, id, s, null);
    const credited = await db
      .select({ soundtrackId: soundtrackComposers.soundtrackId, name: composers.name })
      .from(soundtrackComposers)
      .innerJoin(composers, eq(composers.id, soundtrackComposers.composerId))
      .where(inArray(soundtrackComposers.soundtrackId, live.slice(0, 3)))
      .orderBy(soundtrackComposers.position);
    const { entries } = (await lists.getReaderList(id, ada))!;
    expect(credited.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.composers.map((c) => c.composer.name)).toEqual(
        credited.filter((c) => c.soundtrackId === entry.soundtrackId).map((c) => c.name),
      );
    }
  });

  it("moves an entry and closes the gap a removed one leaves", async () => {
    const id = (await lists.createReaderList(ada, fields))!;
    const [a, b, c, d] = live;
    for (const s of [a, b, c, d]) await lists.addListEntry(ada, id, s!, null);
    expect(await lists.moveListEntry(ada, id, d!, 1)).toBe(true);
    expect(await order(id)).toEqual([
      [d, 1],
      [a, 2],
      [b, 3],
      [c, 4],
    ]);
    expect(await lists.moveListEntry(ada, id, d!, 99)).toBe(true);
    expect(await order(id)).toEqual([
      [a, 1],
      [b, 2],
      [c, 3],
      [d, 4],
    ]);
    expect(await lists.moveListEntry(bea, id, a!, 3)).toBe(false);
    expect(await lists.removeListEntry(ada, id, b!)).toBe(true);
    expect(await lists.removeListEntry(bea, id, c!)).toBe(false);
    expect(await order(id)).toEqual([
      [a, 1],
      [c, 2],
      [d, 3],
    ]);
  });

  it("shows a private list to its owner only, and no list of a banned reader", async () => {
    const hidden = (await lists.createReaderList(ada, { ...fields, isPublic: false }))!;
    expect(await lists.getReaderList(hidden, bea)).toBeNull();
    expect(await lists.getReaderList(hidden, null)).toBeNull();
    expect((await lists.getReaderList(hidden, ada))!.owner.handle).toBe("ada");
    expect((await lists.getReaderLists(ada)).every((l) => l.isPublic)).toBe(true);
    expect((await lists.getReaderLists(ada, { includePrivate: true })).map((l) => l.id)).toContain(
      hidden,
    );
    const banned = await reader("banned", { bannedAt: new Date() });
    const theirs = (await lists.createReaderList(banned, fields))!;
    expect(await lists.getReaderList(theirs, null)).toBeNull();
  });

  it("counts the public lists that hold a soundtrack", async () => {
    const before = await lists.getListCount(live[5]!);
    const open = (await lists.createReaderList(bea, fields))!;
    const hidden = (await lists.createReaderList(bea, { ...fields, isPublic: false }))!;
    await lists.addListEntry(bea, open, live[5]!, "the best");
    await lists.addListEntry(bea, hidden, live[5]!, null);
    expect(await lists.getListCount(live[5]!)).toBe(before + 1);
  });

  it("lets only the owner change or delete a list", async () => {
    const id = (await lists.createReaderList(ada, fields))!;
    expect(await lists.updateReaderList(bea, id, { ...fields, title: "Mine now" })).toBe(false);
    expect(await lists.updateReaderList(ada, id, { ...fields, title: "Renamed" })).toBe(true);
    expect((await lists.getReaderList(id, null))!.title).toBe("Renamed");
    expect(await lists.deleteReaderList(bea, id)).toBe(false);
    expect(await lists.deleteReaderList(ada, id)).toBe(true);
    expect(await lists.getReaderList(id, ada)).toBeNull();
  });

  it("opens a comparison of a list's first four soundtracks", () => {
    expect(listComparePath(["e", "b", "a", "d", "c"])).toBe("/compare/a-vs-b-vs-d-vs-e");
    expect(listComparePath(["a"])).toBeNull();
  });
});
