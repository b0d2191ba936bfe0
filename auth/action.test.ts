import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { asArray, IDLE, MALFORMED_REQUEST } from "@/lib/action-state";
import { log } from "@/lib/logger.mjs";
import { MAX_BODY_LENGTH } from "@/lib/review-rules";
import type { Viewer } from "@/lib/viewer";
import type { ActionResult } from "./action";

const { getViewer, getSuspension, revalidateTag } = vi.hoisted(() => ({
  getViewer: vi.fn<() => Promise<Viewer | null>>(),
  getSuspension: vi.fn<() => Promise<{ reason: string | null } | null>>(),
  revalidateTag: vi.fn(),
}));
vi.mock("./viewer", () => ({ getViewer, getSuspension }));
vi.mock("next/cache", () => ({ revalidateTag }));

const { adminAction, publicAction, readerAction, PRIMARY_DOWN, SERVER_FAULT } =
  await import("./action");
const { redirect } = await import("next/navigation");

const reader: Viewer = { id: "r1", name: "Rae", handle: "rae", role: "reader" };
const admin: Viewer = { id: "a1", name: "Ada", handle: "ada", role: "admin" };

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

const schema = z.object({
  title: z.string().trim().min(1, "Give it a title."),
  picks: z.preprocess(asArray, z.array(z.coerce.number().int())),
});

beforeEach(() => {
  getViewer.mockReset();
  getSuspension.mockReset().mockResolvedValue(null);
  revalidateTag.mockClear();
});

describe("the action layer", () => {
  it("hands the handler the caller and the parsed form, repeated fields as a list", async () => {
    getViewer.mockResolvedValue(reader);
    const handler = vi.fn(async () => ({ ok: true as const, message: "Saved." }));
    const save = readerAction({ schema }, handler);
    expect(await save(IDLE, form({ title: " Hi ", picks: ["1", "2"] }))).toMatchObject({
      status: "ok",
      message: "Saved.",
    });
    expect(handler).toHaveBeenCalledWith(
      { title: "Hi", picks: [1, 2] },
      expect.objectContaining({ viewer: reader }),
    );
    await save(IDLE, form({ title: "One", picks: "3" }));
    expect(handler).toHaveBeenLastCalledWith(
      { title: "One", picks: [3] },
      expect.objectContaining({ viewer: reader }),
    );
  });

  it("refuses a visitor before parsing anything, and keeps what they typed", async () => {
    getViewer.mockResolvedValue(null);
    const handler = vi.fn();
    const save = readerAction({ schema, refused: "Sign in to save." }, handler);
    const state = await save(IDLE, form({ title: "Mine", password: "x" }));
    expect(state).toEqual({
      status: "error",
      code: "session-ended",
      message: "Sign in to save.",
      values: { title: "Mine", password: "x" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("tells a suspended reader why, in place of asking them to sign in", async () => {
    getViewer.mockResolvedValue(null);
    getSuspension.mockResolvedValue({ reason: "Spam links in every thread." });
    const handler = vi.fn();
    const save = readerAction({ schema, refused: "Sign in to save." }, handler);
    expect(await save(IDLE, form({ title: "Mine" }))).toEqual({
      status: "error",
      code: "refused",
      message: "Your account is suspended: Spam links in every thread.",
      values: { title: "Mine" },
    });
    getSuspension.mockResolvedValue({ reason: null });
    expect((await save(IDLE, form({ title: "Mine" }))).message).toBe("Your account is suspended.");
    expect(handler).not.toHaveBeenCalled();
    expect(revalidateTag).not.toHaveBeenCalled();
    // A reader who is signed in is not asked about a suspension at all.
    getSuspension.mockClear();
    getViewer.mockResolvedValue(reader);
    await readerAction({ schema }, async () => ({ ok: true as const, message: "Saved." }))(
      IDLE,
      form({ title: "T" }),
    );
    expect(getSuspension).not.toHaveBeenCalled();
  });

  it("lets only admins through an admin action", async () => {
    const handler = vi.fn(async () => ({ ok: true as const, message: "Published." }));
    const publish = adminAction({ schema, refused: "Your session has ended." }, handler);
    // A signed-in reader is told they are not an editor, never that their session ended.
    getViewer.mockResolvedValue(reader);
    expect(await publish(IDLE, form({ title: "T", picks: [] }))).toMatchObject({
      status: "error",
      code: "refused",
      message: "Only editors can do that.",
    });
    getViewer.mockResolvedValue(null);
    expect(await publish(IDLE, form({ title: "T" }))).toMatchObject({
      status: "error",
      code: "session-ended",
      message: "Your session has ended.",
    });
    expect(handler).not.toHaveBeenCalled();
    getViewer.mockResolvedValue(admin);
    expect((await publish(IDLE, form({ title: "T" }))).status).toBe("ok");
  });

  it("answers field errors with the values sent, secrets left out", async () => {
    const handler = vi.fn();
    const signIn = publicAction({ schema, secret: ["password"] }, handler);
    const state = await signIn(IDLE, form({ title: "  ", password: "hunter2", picks: "x" }));
    expect(state.status).toBe("error");
    expect(state.code).toBe("invalid");
    expect(state.message).toBe("Check the highlighted fields.");
    expect(state.fieldErrors?.title).toEqual(["Give it a title."]);
    expect(state.fieldErrors?.picks).toBeDefined();
    expect(state.values).toEqual({ title: "  ", picks: "x" });
    expect(handler).not.toHaveBeenCalled();
    expect(getViewer).not.toHaveBeenCalled();
  });

  it("never sends back a field longer than any form takes", async () => {
    const post = publicAction(
      { schema: z.object({ title: z.string().max(10, "Too long.") }) },
      vi.fn(),
    );
    const megabyte = "m".repeat(1024 * 1024);
    const state = await post(IDLE, form({ title: megabyte, picks: [megabyte, "1"], note: "kept" }));
    expect(state.fieldErrors?.title).toEqual(["Too long."]);
    expect(state.values).toEqual({ note: "kept" });
    expect(JSON.stringify(state).length).toBeLessThan(1000);
    // A long review body, which a form does take, still comes back.
    const body = "b".repeat(MAX_BODY_LENGTH);
    expect((await post(IDLE, form({ title: body }))).values).toEqual({ title: body });
  });

  it("answers a body that is not form data with a message instead of throwing", async () => {
    getViewer.mockResolvedValue(reader);
    const save = readerAction({ schema }, vi.fn());
    for (const body of [{ title: "json" }, "text", null, undefined, ["a"]]) {
      expect(await save(IDLE, body as unknown as FormData)).toEqual({
        status: "error",
        code: "invalid",
        message: MALFORMED_REQUEST,
      });
    }
  });

  it("invalidates exactly the tags the write touched, and says when", async () => {
    getViewer.mockResolvedValue(reader);
    const save = readerAction({ schema }, async () => ({
      ok: true as const,
      message: "Saved.",
      touched: ["comments:1", "profile:r1", "comments:1"],
    }));
    const before = Date.now();
    const state = await save(IDLE, form({ title: "T" }));
    expect(revalidateTag.mock.calls).toEqual([
      ["comments:1", "max"],
      ["profile:r1", "max"],
    ]);
    expect(state.written?.tags).toEqual(["comments:1", "profile:r1"]);
    expect(state.written?.at).toBeGreaterThanOrEqual(before);

    revalidateTag.mockClear();
    const nothing = readerAction({ schema }, async () => ({
      ok: true as const,
      message: "Noted.",
    }));
    expect((await nothing(IDLE, form({ title: "T" }))).written).toBeUndefined();
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("turns a fault in the handler into a message, logged with its stack", async () => {
    getViewer.mockResolvedValue(reader);
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const save = readerAction({ schema }, async () => {
      throw new Error("SQLITE_BUSY: database is locked");
    });
    expect(await save(IDLE, form({ title: "Kept" }))).toEqual({
      status: "error",
      code: "failed",
      message: SERVER_FAULT,
      values: { title: "Kept" },
    });
    expect(logged).toHaveBeenCalledWith("action.failed", {
      requestId: undefined,
      err: expect.objectContaining({ message: "SQLITE_BUSY: database is locked" }),
    });
    logged.mockRestore();
  });

  it("says that nothing can be saved while the primary database is out of reach", async () => {
    getViewer.mockResolvedValue(reader);
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const { PrimaryUnreachableError } = await import("@/db/replica.mjs");
    const down = new PrimaryUnreachableError(new Error("WriteDelegation(status: Unavailable)"));
    // As the handler sees it, and as drizzle's query builder wraps it.
    for (const thrown of [down, new Error('Failed query: insert into "x"', { cause: down })]) {
      const save = readerAction({ schema }, async () => {
        throw thrown;
      });
      expect(await save(IDLE, form({ title: "Kept" }))).toEqual({
        status: "error",
        code: "failed",
        message: PRIMARY_DOWN,
        values: { title: "Kept" },
      });
    }
    logged.mockRestore();
  });

  it("says why a handler refused in a code: its own, or refused, or invalid with fields", async () => {
    getViewer.mockResolvedValue(admin);
    const answer = (result: ActionResult<"title" | "picks", undefined>) =>
      readerAction({ schema }, async () => result)(IDLE, form({ title: "T" }));
    expect(await answer({ ok: false, code: "gone", message: "Gone." })).toMatchObject({
      status: "error",
      code: "gone",
      message: "Gone.",
    });
    const limited = await answer({ ok: false, code: "rate-limited", message: "Slow down." });
    expect(limited.code).toBe("rate-limited");
    expect((await answer({ ok: false, message: "Not yours." })).code).toBe("refused");
    const fields = await answer({ ok: false, message: "No.", fieldErrors: { title: ["Taken."] } });
    expect(fields.code).toBe("invalid");
    expect((await answer({ ok: true, message: "Saved." })).code).toBeUndefined();
    // Each wrapper refuses a signed-out caller the same way: the session ended.
    getViewer.mockResolvedValue(null);
    for (const wrapper of [readerAction, adminAction]) {
      const state = await wrapper({ schema }, vi.fn())(IDLE, form({ title: "T" }));
      expect(state.code).toBe("session-ended");
    }
    expect(
      (
        await publicAction({ schema }, async () => ({ ok: true as const, message: "Hi." }))(
          IDLE,
          form({ title: "T" }),
        )
      ).code,
    ).toBeUndefined();
  });

  it("lets Next's own redirects through", async () => {
    const go = publicAction({ schema }, async () => redirect("/reviews"));
    await expect(go(IDLE, form({ title: "T" }))).rejects.toThrow("NEXT_REDIRECT");
  });
});
