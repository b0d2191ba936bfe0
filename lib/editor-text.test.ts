import { describe, expect, it } from "vitest";
import { editorText } from "./editor-text";
import { EMPTY_VALUES } from "./editor-values";
import { diffLines } from "./text-diff";

const first = { ...EMPTY_VALUES, filmTitle: "Glass Onion", headline: "Layers" };

describe("editorText", () => {
  it("compares a first version with no body yet as text added, nothing removed", () => {
    const now = { ...first, body: "The score peels back.\n\nLayer by layer." };
    const diff = diffLines(editorText(first), editorText(now));
    expect(diff.filter((line) => line.kind === "removed")).toEqual([]);
    expect(diff.filter((line) => line.kind === "added").map((line) => line.text)).toEqual([
      "The score peels back.",
      "",
      "Layer by layer.",
    ]);
  });

  it("says the same of two versions that differ only in row keys", () => {
    const a = {
      ...first,
      tracks: [
        { key: "a", id: null, disc: "1", position: "1", title: "Opening", duration: "3:00" },
      ],
    };
    const b = { ...a, tracks: [{ ...a.tracks[0]!, key: "b", id: 4 }] };
    expect(editorText(a)).toBe(editorText(b));
  });
});
