import { beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import { viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

const { caller } = vi.hoisted(() => ({ caller: { viewer: null as Viewer | null } }));
vi.mock("@/auth/viewer", () => ({ getViewer: async () => caller.viewer }));

const { db } = await openTestDatabase();
const { GET } = await import("./route");
const { followReader } = await import("@/db/queries/follows");

const ada = await viewerAccount(db, "state_ada");
const bea = await viewerAccount(db, "state_bea");
await followReader(ada.id, bea.id);

const ask = (handle: string) =>
  GET(new Request(`http://site.test/api/follow-state?handle=${encodeURIComponent(handle)}`));

beforeEach(() => {
  caller.viewer = null;
});

describe("GET /api/follow-state", () => {
  it("says whether the signed-in reader follows the profile's reader, privately", async () => {
    caller.viewer = ada;
    const yes = await ask(bea.handle);
    expect(await yes.json()).toEqual({ following: true });
    expect(yes.headers.get("cache-control")).toBe("private, no-store");
    caller.viewer = bea;
    expect(await (await ask(ada.handle)).json()).toEqual({ following: false });
  });

  it("refuses anyone signed out (a banned reader is nobody to getViewer)", async () => {
    const response = await ask(bea.handle);
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("answers 404 for an unknown reader and 400 without one", async () => {
    caller.viewer = ada;
    expect((await ask("nobody_here")).status).toBe(404);
    expect((await ask("")).status).toBe(400);
  });
});
