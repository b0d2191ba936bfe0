import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { errorsOf, parsed } from "@/lib/testing/review-file";
import {
  coverFileName,
  isCoverFileName,
  reviewFileName,
  serializeReviewFile,
  type ReviewFile,
} from "./review-file";

const FALLOUT = readFileSync(
  new URL("../db/seed-data/mission-impossible-fallout.md", import.meta.url),
  "utf8",
);

const everything: ReviewFile = {
  slug: "pipwick-2-the-return",
  soundtrackSlug: "pipwick-2",
  headline: `"Pipwick 2": a #1 sequel – with 'quotes', colons: and ✨`,
  filmTitle: "1917",
  filmYear: 2019,
  label: "Parallax & Hymnal: Records",
  albumReleaseDate: "2024-09-13",
  coverImageUrl: null,
  coverFile: "pipwick-2-the-return.cover.webp",
  coverAlt: "- a dash first, then: a colon",
  isSample: true,
  composers: ["Ottilie Brandquist", "Femi Laskaris", "Zoë Ångström"],
  tracks: [
    { disc: 1, position: 1, title: "99 Luftballons", durationSeconds: 61 },
    { disc: 1, position: 2, title: "Theme (Reprise) – 1:00 AM", durationSeconds: 3725 },
    { disc: 2, position: 1, title: "Disc 2 Suite", durationSeconds: 0 },
    { disc: 2, position: 4, title: "Track 7 of “Nothing”", durationSeconds: 599 },
  ],
  links: [
    { label: "Bandcamp", url: "https://pipwick.bandcamp.com/album/two?a=1&b=2#x", track: null },
    {
      label: "Spotify: “7”",
      url: "https://open.spotify.com/track/7",
      track: { disc: 2, position: 4 },
    },
    { label: "YouTube", url: "http://youtu.be/xyz", track: { disc: 1, position: 2 } },
  ],
  summary: "title: not the title\n---\nA summary of two lines.",
  body: "First paragraph.\n\n---\ntitle: Not front matter\ncomposer: nobody\n---\n\n## Final Thoughts\n\nThe end.\n\n---",
  criticScore: 85,
  status: "scheduled",
  publishedAt: new Date("2026-12-01T09:00:00Z"),
  weekNumber: 2,
};

describe("parseReviewFile on the original article", () => {
  const review = parsed(FALLOUT);

  it("reads the seeded Fallout file as it is, its extra keys ignored", () => {
    expect(review.headline).toBe("Exploring Soundtracks: Mission Impossible – Fallout");
    expect(review.filmTitle).toBe("Mission: Impossible – Fallout");
    expect(review.slug).toBe("mission-impossible-fallout");
    expect(review.composers).toEqual(["Lorne Balfe"]);
    expect(review.status).toBeNull();
    expect(review.criticScore).toBeNull();
    expect(review).not.toHaveProperty("note");
  });

  it("reads its 26 tracks and keeps the body exact, the summary being its first paragraph", () => {
    expect(review.tracks).toHaveLength(26);
    expect(review.tracks[17]).toEqual({
      disc: 1,
      position: 18,
      title: "Kashmir",
      durationSeconds: 269,
    });
    expect(review.tracks.reduce((sum, t) => sum + t.durationSeconds, 0)).toBe(5745);
    expect(review.body).toBe(FALLOUT.slice(FALLOUT.indexOf("The music to")).trim());
    expect(review.summary).toBe(
      "The music to “Mission: Impossible – Fallout” has everything you want in a great blockbuster action soundtrack.",
    );
  });

  it("reads a file saved with Windows line endings the same", () => {
    expect(parsed(FALLOUT.replace(/\n/g, "\r\n"))).toEqual(review);
  });
});

describe("serializeReviewFile", () => {
  it("writes a file that reads back as the same review, every field included", () => {
    expect(parsed(serializeReviewFile(everything))).toEqual(everything);
  });

  it("writes the Fallout review back in the original's form", () => {
    const review = parsed(FALLOUT);
    const text = serializeReviewFile(review);
    expect(text).toMatch(/^---\ntitle: "Exploring Soundtracks: Mission Impossible – Fallout"\n/);
    expect(text).toContain("\ncomposer: Lorne Balfe\n");
    expect(text).toContain(
      "\ntracks: |\n  1. A Storm Is Coming (1:12)\n  2. Your Mission (2:14)\n",
    );
    expect(text).not.toContain("summary:");
    expect(text).toContain(`---\n\n${review.body}\n`);
    expect(parsed(text)).toEqual(review);
  });

  it("writes scores in tenths, several composers as a list and a heading per disc", () => {
    const text = serializeReviewFile(everything);
    expect(text).toContain('\ncritic_score: "8.5"\n');
    expect(text).toContain("\ncomposers:\n  - Ottilie Brandquist\n  - Femi Laskaris\n");
    expect(text).toContain(
      "\n  Disc 2\n  1. Disc 2 Suite (0:00)\n  4. Track 7 of “Nothing” (9:59)\n",
    );
    expect(text).toContain("\npublished_at: 2026-12-01T09:00:00Z\nweek: 2\n");
    for (const score of [0, 100, null]) {
      expect(parsed(serializeReviewFile({ ...everything, criticScore: score })).criticScore).toBe(
        score,
      );
    }
  });

  it("leaves out what a review does not have", () => {
    const bare: ReviewFile = {
      ...everything,
      filmYear: null,
      label: null,
      albumReleaseDate: null,
      soundtrackSlug: everything.slug,
      coverImageUrl: null,
      coverFile: null,
      coverAlt: null,
      links: [],
      isSample: false,
      criticScore: null,
      status: "draft",
      publishedAt: null,
      weekNumber: null,
    };
    const text = serializeReviewFile(bare);
    for (const key of [
      "soundtrack_slug",
      "year",
      "label",
      "release_date",
      "cover_",
      "links",
      "sample",
      "critic_score",
      "week",
    ]) {
      expect(text).not.toMatch(new RegExp(`^${key}`, "m"));
    }
    expect(parsed(text)).toEqual(bare);
  });
});

describe("an exported draft, as the editor left it", () => {
  const draft: ReviewFile = {
    ...everything,
    composers: [],
    tracks: [],
    links: [],
    summary: "",
    body: "",
    criticScore: null,
    status: "draft",
    publishedAt: null,
    weekNumber: null,
  };

  it("reads back without composers, tracks, body or summary", () => {
    const text = serializeReviewFile(draft);
    expect(text).toContain("\ncomposers: []\n");
    expect(text).toContain('\ntracks: ""\n');
    expect(parsed(text)).toEqual(draft);
  });

  it("keeps a summary left empty under a body that has a first paragraph", () => {
    const text = serializeReviewFile({ ...everything, summary: "" });
    expect(text).toContain('\nsummary: ""\n');
    expect(parsed(text).summary).toBe("");
  });

  it("is told from a new review's file, which needs all of them", () => {
    const text = serializeReviewFile(draft).replace("status: draft\n", "");
    expect(errorsOf(text)).toEqual([
      "composers: give at least one composer",
      "tracks: give the track list, one track a line, like 1. A Storm Is Coming (1:12)",
      "body: write the review below the front matter",
    ]);
  });
});

describe("the files an export writes", () => {
  it("names a review's file by its slug, and none for a slug a file name could not carry", () => {
    expect(reviewFileName("glass-onion")).toBe("glass-onion.md");
    for (const slug of ["../glass-onion", "Glass Onion", "glass/onion", ""]) {
      expect(reviewFileName(slug)).toBeNull();
    }
  });

  it("names the cover after its review and its type, and knows the name for one", () => {
    const types = {
      "image/jpeg": "jpg",
      "image/png": "png",
      "image/webp": "webp",
      "image/gif": "gif",
    };
    for (const [type, extension] of Object.entries(types)) {
      const name = coverFileName("glass-onion", type);
      expect(name).toBe(`glass-onion.cover.${extension}`);
      expect(isCoverFileName(`exported/${name}`)).toBe(true);
    }
    expect(coverFileName("glass-onion", "image/avif")).toBe("glass-onion.cover.img");
    expect(isCoverFileName("glass-onion.cover.img")).toBe(true);
    // A review's file, whatever its slug says, and a cover not named by an export.
    for (const path of [
      "glass-onion.md",
      "the-cover.md",
      "cover.jpg.md",
      "glass-onion.cover.jpg.md",
    ]) {
      expect(isCoverFileName(path)).toBe(false);
    }
  });
});
