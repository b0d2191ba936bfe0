import { describe, expect, it } from "vitest";
import type { TrackRow } from "./editor-values";
import { addRow, moveRow, removeRow, renumber, rowTotals } from "./track-rows";

const row = (disc: string, position: string, title: string, duration = "1:00"): TrackRow => ({
  key: title,
  id: null,
  disc,
  position,
  title,
  duration,
});
const shape = (rows: TrackRow[]) => rows.map((r) => `${r.disc}-${r.position} ${r.title}`);

const album = [row("1", "1", "A"), row("1", "2", "B"), row("2", "1", "C"), row("2", "2", "D")];

describe("track rows", () => {
  it("moves a row within its disc and numbers the disc again", () => {
    expect(shape(moveRow(album, 1, -1))).toEqual(["1-1 B", "1-2 A", "2-1 C", "2-2 D"]);
    expect(shape(moveRow(album, 2, 1))).toEqual(["1-1 A", "1-2 B", "2-1 D", "2-2 C"]);
  });

  it("moves the last track of a disc onto the next disc, and back", () => {
    const down = moveRow(album, 1, 1);
    expect(shape(down)).toEqual(["1-1 A", "2-1 B", "2-2 C", "2-3 D"]);
    expect(shape(moveRow(down, 1, -1))).toEqual(["1-1 A", "1-2 B", "2-1 C", "2-2 D"]);
  });

  it("does nothing past either end", () => {
    expect(moveRow(album, 0, -1)).toBe(album);
    expect(moveRow(album, 3, 1)).toBe(album);
  });

  it("removes a row and closes the gap; adds a blank row at the end of the last disc", () => {
    expect(shape(removeRow(album, 0))).toEqual(["1-1 B", "2-1 C", "2-2 D"]);
    const added = addRow(album);
    expect(shape(added).at(-1)).toBe("2-3 ");
    expect(added.at(-1)?.key).not.toBe("D");
    expect(shape(addRow([]))).toEqual(["1-1 "]);
  });

  it("keeps rows that are already numbered as they are", () => {
    const numbered = renumber(album);
    numbered.forEach((r, i) => expect(r).toBe(album[i]));
  });

  it("totals the lengths it can read and counts those it cannot", () => {
    const rows = [
      row("1", "1", "A", "3:45"),
      row("1", "2", "B", "1:02:03"),
      row("1", "3", "C", "3.45"),
    ];
    expect(rowTotals(rows)).toEqual({ count: 3, seconds: 225 + 3723, unread: 1 });
  });
});
