import { describe, expect, it } from "vitest";
import { composerNames } from "./format";

describe("composerNames", () => {
  it("joins names as a sentence would", () => {
    const names = (...n: string[]) => composerNames(n.map((name) => ({ composer: { name } })));
    expect(names("A")).toBe("A");
    expect(names("A", "B")).toBe("A and B");
    expect(names("A", "B", "C")).toBe("A, B and C");
  });
});
