import { describe, expect, it } from "vitest";
import { FILM_YEAR_MAX, FILM_YEAR_MIN } from "@/lib/review-rules";
import { soundtracks } from "./schema";
import { openTestDatabase } from "./testing";

const { db } = await openTestDatabase({ seed: false });

const insert = (filmYear: number) =>
  db.insert(soundtracks).values({ slug: `film-${filmYear}`, filmTitle: "Film", filmYear });

// db/schema.ts writes its check in SQL; this keeps it to the years lib/review-rules.ts allows.
describe("the soundtracks table", () => {
  it("keeps a film's year to the years the rules allow", async () => {
    await insert(FILM_YEAR_MIN);
    await insert(FILM_YEAR_MAX);
    for (const year of [FILM_YEAR_MIN - 1, FILM_YEAR_MAX + 1]) {
      await expect(insert(year)).rejects.toMatchObject({
        cause: { message: expect.stringContaining("soundtracks_film_year_check") },
      });
    }
    expect(await db.$count(soundtracks)).toBe(2);
  });
});
