import { describe, expect, it } from "vitest";
import { cursorParam, cursorText, keysetPage } from "./keyset";

const row = (id: number) => ({ id, at: id * 1000 });
const key = (r: { id: number; at: number }) => ({ at: r.at, id: r.id });
/** Rows 10 … 1, newest first, as a list reads them. */
const newestFirst = (from: number, n: number) => Array.from({ length: n }, (_, i) => row(from - i));

describe("keyset pages", () => {
  it("the first page offers older rows only when there are more", () => {
    expect(keysetPage(newestFirst(10, 4), 3, {}, key)).toEqual({
      rows: newestFirst(10, 3),
      newer: null,
      older: { at: 8000, id: 8 },
    });
    expect(keysetPage(newestFirst(2, 2), 3, {}, key)).toMatchObject({ newer: null, older: null });
  });

  it("a page before a cursor always has newer rows", () => {
    const page = keysetPage(newestFirst(7, 4), 3, { before: { at: 8000, id: 8 } }, key);
    expect(page.rows.map((r) => r.id)).toEqual([7, 6, 5]);
    expect(page).toMatchObject({ newer: { at: 7000, id: 7 }, older: { at: 5000, id: 5 } });
    const last = keysetPage(newestFirst(2, 2), 3, { before: { at: 3000, id: 3 } }, key);
    expect(last).toMatchObject({ newer: { at: 2000, id: 2 }, older: null });
  });

  it("a page after a cursor is read oldest first and turned round", () => {
    const oldestFirst = [row(8), row(9), row(10)];
    const page = keysetPage(oldestFirst, 3, { after: { at: 7000, id: 7 } }, key);
    expect(page.rows.map((r) => r.id)).toEqual([10, 9, 8]);
    expect(page).toMatchObject({ newer: null, older: { at: 8000, id: 8 } });
    const middle = keysetPage(
      [row(5), row(6), row(7), row(8)],
      3,
      { after: { at: 4000, id: 4 } },
      key,
    );
    expect(middle.rows.map((r) => r.id)).toEqual([7, 6, 5]);
    expect(middle.newer).toEqual({ at: 7000, id: 7 });
  });

  it("past either end, points back the way it came", () => {
    const cursor = { at: 1000, id: 1 };
    expect(keysetPage([], 3, { before: cursor }, key)).toEqual({
      rows: [],
      newer: cursor,
      older: null,
    });
    expect(keysetPage([], 3, { after: cursor }, key)).toEqual({
      rows: [],
      newer: null,
      older: cursor,
    });
  });

  it("reads and writes cursors in links, refusing anything else", () => {
    expect(cursorText({ at: 1732567890123, id: 45 })).toBe("1732567890123-45");
    expect(cursorParam.parse("1732567890123-45")).toEqual({ at: 1732567890123, id: 45 });
    for (const bad of ["", "12", "a-1", "1-2-3", "-1-2", "1e3-4", "9".repeat(16) + "-1"]) {
      expect(cursorParam.safeParse(bad).success).toBe(false);
    }
  });
});
