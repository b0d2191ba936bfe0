import { isLive } from "@/db/queries/live";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { reviews } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { MyListsPayload } from "@/lib/list-rules";
import { viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

const { caller } = vi.hoisted(() => ({ caller: { viewer: null as Viewer | null } }));
vi.mock("@/auth/viewer", () => ({ getViewer: async () => caller.viewer }));

const { db } = await openTestDatabase();
const { GET } = await import("./route");
const lists = await import("@/db/queries/reader-lists");

const [live] = (
  await db.select({ id: reviews.soundtrackId }).from(reviews).where(isLive()).limit(1)
).map((row) => row.id);

const ada = await viewerAccount(db, "ada");
const bea = await viewerAccount(db, "bea");
const fields = { note: null, ranked: false, isPublic: false };
const holding = (await lists.createReaderList(ada.id, { ...fields, title: "Holding" }))!;
await lists.addListEntry(ada.id, holding, live!, null);
await lists.createReaderList(ada.id, { ...fields, title: "Empty" });
await lists.createReaderList(bea.id, { ...fields, title: "Bea's" });

const ask = (query: string) => GET(new Request(`http://site.test/api/my-lists${query}`));

beforeEach(() => {
  caller.viewer = null;
});

describe("GET /api/my-lists", () => {
  it("refuses anyone signed out", async () => {
    const response = await ask(`?soundtrack=${live}`);
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("answers the caller's own lists only, private ones too, saying which hold the soundtrack", async () => {
    caller.viewer = ada;
    const response = await ask(`?soundtrack=${live}`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const payload = (await response.json()) as MyListsPayload;
    expect(payload.handle).toBe("ada");
    expect(payload.lists.map((l) => [l.title, l.holds]).sort()).toEqual([
      ["Empty", false],
      ["Holding", true],
    ]);
  });

  it("says what is wrong with a missing soundtrack", async () => {
    caller.viewer = ada;
    const response = await ask("?soundtrack=abc");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining("soundtrack") });
  });
});
