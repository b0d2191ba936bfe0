import { describe, expect, it } from "vitest";
import { headlineAddsToTitle } from "./headline";

describe("headlineAddsToTitle", () => {
  it("is false for a headline that only names the film, with or without the series' name", () => {
    const fallout = "Mission: Impossible – Fallout";
    expect(
      headlineAddsToTitle("Exploring Soundtracks: Mission Impossible – Fallout", fallout),
    ).toBe(false);
    expect(headlineAddsToTitle("Exploring Soundtracks: Inception", "Inception")).toBe(false);
    expect(headlineAddsToTitle("INCEPTION", "Inception")).toBe(false);
    expect(headlineAddsToTitle("Amélie", "Amelie")).toBe(false);
    expect(headlineAddsToTitle("Exploring Soundtracks", "Inception")).toBe(false);
  });

  it("is true for a headline that says something of its own", () => {
    expect(
      headlineAddsToTitle(
        "Ondine Marrowfield makes a dying space station hum like a held breath",
        "Glasswater Meridian",
      ),
    ).toBe(true);
    expect(headlineAddsToTitle("Inception, revisited", "Inception")).toBe(true);
    expect(headlineAddsToTitle("Exploring Soundtracks: Inception at ten", "Inception")).toBe(true);
  });
});
