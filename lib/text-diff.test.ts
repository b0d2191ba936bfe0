import { describe, expect, it } from "vitest";
import { countChanges, diffLines } from "./text-diff";

const kinds = (before: string, after: string) =>
  diffLines(before, after).map(
    (l) => `${{ same: " ", added: "+", removed: "-" }[l.kind]}${l.text}`,
  );

describe("diffLines", () => {
  it("marks nothing when the texts are the same", () => {
    expect(kinds("a\nb", "a\nb")).toEqual([" a", " b"]);
    expect(countChanges(diffLines("a\nb", "a\nb"))).toEqual({ added: 0, removed: 0 });
  });

  it("shows a changed line as removed then added, between what is unchanged", () => {
    expect(kinds("one\ntwo\nthree", "one\n2\nthree")).toEqual([" one", "-two", "+2", " three"]);
  });

  it("finds lines added and removed in the middle of a text", () => {
    expect(kinds("a\nb\nc\nd\ne", "a\nc\nX\nd\ne\nf")).toEqual([
      " a",
      "-b",
      " c",
      "+X",
      " d",
      " e",
      "+f",
    ]);
  });

  it("treats an empty text as no lines", () => {
    expect(kinds("", "new")).toEqual(["+new"]);
    expect(kinds("old", "")).toEqual(["-old"]);
    expect(kinds("", "")).toEqual([]);
  });

  it("counts the changes", () => {
    expect(countChanges(diffLines("a\nb\nc", "a\nB\nc\nd"))).toEqual({ added: 2, removed: 1 });
  });

  it("keeps every line of both texts, in order", () => {
    const before = Array.from({ length: 300 }, (_, i) => `line ${i % 7}`).join("\n");
    const after = Array.from({ length: 280 }, (_, i) => `line ${i % 5}`).join("\n");
    const diff = diffLines(before, after);
    expect(diff.filter((l) => l.kind !== "added").map((l) => l.text)).toEqual(before.split("\n"));
    expect(diff.filter((l) => l.kind !== "removed").map((l) => l.text)).toEqual(after.split("\n"));
  });
});
