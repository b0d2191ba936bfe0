import { describe, expect, it } from "vitest";
import {
  archiveHref,
  canonicalArchiveHref,
  NO_FILTERS,
  parseArchiveParams,
  withoutFilter,
} from "./archive-filters";

describe("the archive's filters in the address", () => {
  it("reads every filter, a composer's name as its slug", () => {
    const { filters, notes } = parseArchiveParams({
      year: "2024",
      composer: " Ondine Marrowfield ",
      min: "7.5",
      sort: "readers",
      page: "2",
    });
    expect(filters).toEqual({
      year: 2024,
      composer: "ondine-marrowfield",
      minScore: 75,
      sort: "readers",
      page: 2,
    });
    expect(notes).toEqual([]);
  });

  it("leaves out what it cannot read, with a note for each, and ignores empty fields", () => {
    const { filters, notes } = parseArchiveParams({
      year: "abc",
      min: "11",
      sort: "sideways",
      page: "0",
      composer: "",
    });
    expect(filters).toEqual(NO_FILTERS);
    expect(notes).toEqual([
      "“abc” isn’t a film year from 1880 to 2200, so every year is shown.",
      "“11” isn’t a critic’s score from 0 to 10, so every score is shown.",
      "“sideways” isn’t a way to sort the archive, so it is sorted newest week first.",
      "“0” isn’t a page number, so the first page is shown.",
    ]);
    expect(parseArchiveParams({ year: "1879" }).notes).toHaveLength(1);
    expect(parseArchiveParams({ min: "7.25" }).notes).toHaveLength(1);
    expect(parseArchiveParams({ year: ["2020", "2021"] }).filters.year).toBe(2020);
  });

  it("keeps the plain archive's static addresses and puts filters in the query", () => {
    expect(archiveHref(NO_FILTERS, 1)).toBe("/reviews");
    expect(archiveHref(NO_FILTERS, 3)).toBe("/reviews/page/3");
    const filters = { ...NO_FILTERS, year: 2020, minScore: 80, sort: "critic" as const };
    expect(archiveHref(filters, 2)).toBe("/reviews?year=2020&min=8.0&sort=critic&page=2");
    expect(archiveHref(withoutFilter(filters, "year"), 1)).toBe("/reviews?min=8.0&sort=critic");
  });

  it("sends what the plain form submits to its short address, once", () => {
    const sent = { year: "", composer: "Ondine Marrowfield", min: "", sort: "newest" };
    const { filters } = parseArchiveParams(sent);
    const canonical = canonicalArchiveHref(sent, filters);
    expect(canonical).toBe("/reviews?composer=ondine-marrowfield");
    const again = Object.fromEntries(new URL(canonical!, "http://x").searchParams);
    expect(canonicalArchiveHref(again, parseArchiveParams(again).filters)).toBeNull();
    expect(canonicalArchiveHref({ page: "3" }, parseArchiveParams({ page: "3" }).filters)).toBe(
      "/reviews/page/3",
    );
    expect(canonicalArchiveHref({}, NO_FILTERS)).toBeNull();
  });
});
