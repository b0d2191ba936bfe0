import { describe, expect, it } from "vitest";
import { parseAuditQuery, parseModerationQuery, parsePageParam } from "./moderation-params";

describe("the moderation queue's address", () => {
  it("defaults to the first page of reported comments, and ignores what it does not know", () => {
    expect(parseModerationQuery({})).toEqual({ ok: true, query: { view: "reported", page: 1 } });
    expect(parseModerationQuery({ view: "recent", before: "1700000000000-9", utm: "x" })).toEqual({
      ok: true,
      query: { view: "recent", page: 1, before: { at: 1700000000000, id: 9 } },
    });
    expect(parseModerationQuery({ page: "3", view: "" })).toMatchObject({ query: { page: 3 } });
  });

  it("answers a bad value with a message of its own", () => {
    expect(parseModerationQuery({ view: "everything" })).toEqual({
      ok: false,
      message: "Choose the reported or the recent comments.",
    });
    expect(parseModerationQuery({ page: "0" })).toEqual({
      ok: false,
      message: "Page numbers are whole numbers from 1.",
    });
    expect(parseModerationQuery({ page: ["1", "2"] })).toEqual({
      ok: false,
      message: "Give one page number.",
    });
    expect(parseModerationQuery({ before: "yesterday" }).ok).toBe(false);
    expect(parseModerationQuery({ before: "1-1", after: "2-2" }).ok).toBe(false);
    expect(parsePageParam({ page: "two" })).toEqual({
      ok: false,
      message: "Page numbers are whole numbers from 1.",
    });
    expect(parsePageParam({})).toEqual({ ok: true, query: 1 });
  });
});

describe("the audit log's address", () => {
  it("takes an action, an admin's username and a cursor; empty filters are none", () => {
    expect(parseAuditQuery({ action: "comment.hidden", admin: "demo_editor" })).toEqual({
      ok: true,
      query: { action: "comment.hidden", admin: "demo_editor" },
    });
    expect(parseAuditQuery({ action: "", admin: "" })).toEqual({ ok: true, query: {} });
  });

  it("refuses anything else with a clear message", () => {
    expect(parseAuditQuery({ action: "'; drop table audit_log" })).toEqual({
      ok: false,
      message: "That is not an action the log knows.",
    });
    expect(parseAuditQuery({ admin: "Not A Handle!" })).toEqual({
      ok: false,
      message: "That is not an admin’s username.",
    });
    expect(parseAuditQuery({ action: ["a.b", "c.d"] })).toEqual({
      ok: false,
      message: "Choose one action.",
    });
  });
});
