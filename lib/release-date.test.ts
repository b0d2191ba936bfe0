import { describe, expect, it } from "vitest";
import { describeReleaseDate, parseReleaseDate, releaseDateField } from "./release-date";

describe("parseReleaseDate", () => {
  it("reads day, month and year as a British reader writes them", () => {
    for (const typed of [
      "14/03/2025",
      "14/3/2025",
      " 14.03.2025 ",
      "14-03-2025",
      "14 / 03 / 2025",
    ]) {
      expect(parseReleaseDate(typed), typed).toBe("2025-03-14");
    }
  });

  it("reads a month by name, either way round, and an ISO date", () => {
    for (const typed of [
      "14 March 2025",
      "14th March 2025",
      "14 Mar 2025",
      "14 mar. 2025",
      "March 14, 2025",
      "Mar 14 2025",
      "2025-03-14",
      "2025-3-14",
    ]) {
      expect(parseReleaseDate(typed), typed).toBe("2025-03-14");
    }
    expect(parseReleaseDate("1 Sept 2024")).toBe("2024-09-01");
  });

  it("takes a blank field as no date", () => {
    expect(parseReleaseDate("")).toBe("");
    expect(parseReleaseDate("   ")).toBe("");
  });

  it("refuses a day that does not exist, an American month first, and anything else", () => {
    for (const typed of [
      "03/14/2025",
      "31/02/2025",
      "29/02/2025",
      "00/01/2025",
      "14/03/25",
      "14 Smarch 2025",
      "14 Ma 2025",
      "next Tuesday",
      "2025",
      "14/03/1200",
    ]) {
      expect(parseReleaseDate(typed), typed).toBeNull();
    }
    expect(parseReleaseDate("29/02/2024")).toBe("2024-02-29");
  });
});

describe("the field and its reading", () => {
  it("shows a stored date day first, and names its month", () => {
    expect(releaseDateField("2025-03-14")).toBe("14/03/2025");
    expect(releaseDateField("")).toBe("");
    expect(describeReleaseDate("2025-03-14")).toBe("14 March 2025");
  });

  it("reads back what it shows", () => {
    expect(parseReleaseDate(releaseDateField("2024-09-01"))).toBe("2024-09-01");
  });
});
