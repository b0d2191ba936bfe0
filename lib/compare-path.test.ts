import { describe, expect, it } from "vitest";
import {
  comparePath,
  compareWithPath,
  describeProblem,
  MAX_COMPARED,
  parseComparePath,
} from "./compare-path";

describe("a comparison's address", () => {
  it("splits on the whole separator only, so slugs keep their own hyphens", () => {
    expect(parseComparePath("mission-impossible-fallout-vs-the-harrowmere-eight")).toEqual({
      ok: true,
      slugs: ["mission-impossible-fallout", "the-harrowmere-eight"],
    });
  });

  it("puts the slugs in alphabetical order, whatever order they came in", () => {
    expect(comparePath(["zeta", "alpha", "mid"])).toBe("/compare/alpha-vs-mid-vs-zeta");
    expect(comparePath(["alpha", "zeta"])).toBe(comparePath(["zeta", "alpha"]));
    expect(compareWithPath("a-b")).toBe("/compare?with=a-b");
  });

  it("refuses one or no soundtrack, more than four, the same one twice and a bad piece", () => {
    expect(parseComparePath("alpha")).toEqual({
      ok: false,
      problem: { kind: "too-few", chosen: ["alpha"] },
    });
    expect(parseComparePath("-vs-")).toEqual({
      ok: false,
      problem: { kind: "too-few", chosen: [] },
    });
    expect(parseComparePath("a-vs-b-vs-c-vs-d-vs-e")).toEqual({
      ok: false,
      problem: { kind: "too-many", count: 5 },
    });
    expect(parseComparePath("a-vs-b-vs-a")).toEqual({
      ok: false,
      problem: { kind: "duplicate", slug: "a" },
    });
    for (const pair of ["Alpha-vs-beta", "alpha-vs-be_ta", "alpha--vs-beta", "a-vs-b%20c"]) {
      expect(parseComparePath(pair)).toMatchObject({ ok: false, problem: { kind: "malformed" } });
    }
  });

  it("explains each problem in words that name what was wrong", () => {
    expect(describeProblem({ kind: "too-few", chosen: [] }).title).toBe(
      "Choose at least 2 soundtracks",
    );
    expect(describeProblem({ kind: "too-many", count: 5 }).message).toContain(
      `2 to ${MAX_COMPARED}`,
    );
    expect(describeProblem({ kind: "duplicate", slug: "alpha" }).message).toContain("“alpha”");
    expect(describeProblem({ kind: "unknown", slugs: ["nope"] }).message).toContain("“nope”");
  });
});
