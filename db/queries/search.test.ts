import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { reviews, soundtracks } from "../schema";

const { db } = await openTestDatabase();
const { getSoundtrackSuggestions } = await import("./search");

const titles = async (text: string) =>
  (await getSoundtrackSuggestions(text)).map((s) => s.filmTitle);

describe("soundtrack suggestions as someone types", () => {
  it("finds a live soundtrack by the start of a word of its film's title", async () => {
    const [found] = await getSoundtrackSuggestions("fall");
    expect(found).toMatchObject({
      slug: "mission-impossible-fallout",
      reviewSlug: "mission-impossible-fallout",
      filmTitle: "Mission: Impossible – Fallout",
      filmYear: 2018,
    });
    expect(await titles("MISSION impos")).toContain("Mission: Impossible – Fallout");
  });

  it("follows the film's title when it is edited, and forgets a deleted soundtrack", async () => {
    const [sample] = await db
      .select()
      .from(soundtracks)
      .where(eq(soundtracks.slug, "the-hollow-at-vennick-mill"));
    await db
      .update(soundtracks)
      .set({ filmTitle: "Quillfeather Lane" })
      .where(eq(soundtracks.id, sample!.id));
    expect(await titles("quillfeath")).toEqual(["Quillfeather Lane"]);
    expect(await titles("vennick")).toEqual([]);
    await db.delete(soundtracks).where(eq(soundtracks.id, sample!.id));
    expect(await titles("quillfeath")).toEqual([]);
  });

  it("offers no soundtrack whose review is not live", async () => {
    await db
      .update(reviews)
      .set({ status: "draft", publishedAt: null })
      .where(eq(reviews.slug, "mission-impossible-fallout"));
    expect(await titles("fallout")).toEqual([]);
  });

  it("takes search syntax as plain words, and nothing searchable as no suggestions", async () => {
    for (const text of ['"', "NEAR(", "*", "title:", "-", "a OR", "^"]) {
      await expect(getSoundtrackSuggestions(text)).resolves.toBeInstanceOf(Array);
    }
    expect(await getSoundtrackSuggestions("  ")).toEqual([]);
  });
});
