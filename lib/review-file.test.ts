import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  coverFileName,
  isCoverFileName,
  parseReviewFile,
  reviewFileName,
  serializeReviewFile,
  type ReviewFile,
} from "./review-file";

const FALLOUT = readFileSync(
  new URL("../db/seed-data/mission-impossible-fallout.md", import.meta.url),
  "utf8",
);

function parsed(text: string): ReviewFile {
  const result = parseReviewFile(text);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.review;
}

function errorsOf(text: string): string[] {
  const result = parseReviewFile(text);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.errors;
}

/** A minimal good file, with `facts` added to (or replacing lines of) its front matter. */
function file(facts: string, body = "The review.") {
  const base = { title: "T", film: "F", composer: "C", tracks: "'1. A (1:00)'" };
  const given = new Set(facts.split("\n").map((line) => line.split(":")[0]));
  const lines = Object.entries(base).filter(([key]) => !given.has(key));
  return `---\n${[...lines.map(([k, v]) => `${k}: ${v}`), facts].join("\n")}\n---\n${body}\n`;
}

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

describe("parseReviewFile on a bad file", () => {
  it("accepts the minimal file the messages below are tested against", () => {
    expect(parsed(file("")).slug).toBe("f");
  });

  it("names a track line it cannot read, counting the lines of the track list", () => {
    const text = file("tracks: |\n  1. A Storm Is Coming (1:12)\n\n  Kashmir\n  4. Fallout (1:75)");
    expect(errorsOf(text)).toEqual([
      "tracks, line 3 ('Kashmir'): no duration found: end the line with a time like (3:45)",
      `tracks, line 4 ('4. Fallout (1:75)'): duration "1:75" is not a valid time`,
    ]);
    expect(errorsOf(file("tracks: ''"))).toEqual([
      "tracks: give the track list, one track a line, like 1. A Storm Is Coming (1:12)",
    ]);
  });

  it("names each link and the part of it at fault", () => {
    const links = [
      "links:",
      "  - label: Bandcamp",
      "    url: ftp://example.com/a",
      "  - url: https://example.com/b",
      "  - label: Spotify",
      "    url: https://example.com/c",
      "    track: 2",
      "  - label: Tidal",
      "    url: https://example.com/d",
      "    disc: 2",
      "  - label: Deezer",
      "    url: https://example.com/e",
      "    track: 0",
      "  - just a line",
    ].join("\n");
    expect(errorsOf(file(links))).toEqual([
      "links, item 1, url: give a web address starting with https://",
      "links, item 2, label: say what it is, like Bandcamp",
      "links, item 5, track: give the track's number, or leave the line out for the album",
      "links, item 6: give each link as lines of label, url and, for a track, track",
    ]);
    const trackless = links.split("\n").slice(0, 1).concat(links.split("\n").slice(4, 10));
    expect(errorsOf(file(trackless.join("\n")))).toEqual([
      "links, item 1, track: the tracks have no number 2",
      "links, item 2, disc: give the track too, or leave disc out for the album",
    ]);
    const onDiscTwo =
      "links:\n  - label: Spotify\n    url: https://example.com/f\n    track: 1\n    disc: 2";
    expect(errorsOf(file(onDiscTwo))).toEqual([
      "links, item 1, track: the tracks have no number 1 on disc 2",
    ]);
    expect(errorsOf(file("links: Bandcamp"))).toEqual([
      "links: list the links, each with its label and url",
    ]);
  });

  it("takes a cover as a file or as an address, not both", () => {
    expect(errorsOf(file("cover_file: a.jpg\ncover_image_url: /covers/a.svg"))).toEqual([
      "cover_file: give cover_file or cover_image_url, not both",
    ]);
    expect(parsed(file("cover_file: covers/a b.jpg")).coverFile).toBe("covers/a b.jpg");
    // An older export wrote an uploaded cover as its address in the database it came from.
    expect(errorsOf(file("cover_image_url: /covers/12?v=1764000000000-abc"))).toEqual([
      "cover_image_url: that address is a cover stored in another database (an older export): give it as cover_file",
    ]);
  });

  it("asks for every composer problem by the field's name", () => {
    expect(errorsOf(file("composer:"))).toEqual(["composer: give at least one composer"]);
    expect(errorsOf(file("composer:\ncomposers: []"))).toEqual([
      "composers: give at least one composer",
    ]);
    expect(errorsOf(file("composer:\ncomposers: [A B, ' ']"))).toEqual([
      "composers, item 2: give each composer's name",
    ]);
    expect(errorsOf(file("composer:\ncomposers: [A B, a-b]"))).toEqual([
      "composers: 'a-b' is listed twice",
    ]);
    expect(errorsOf(file("composer: C\ncomposers: [D]"))).toEqual([
      "composers: give composer or composers, not both",
    ]);
  });

  it("explains each other field it refuses", () => {
    const cases: [string, string][] = [
      ["title: ''", "title: give the review's headline"],
      [
        "slug: Not A Slug",
        "slug: use lower-case letters, digits and single hyphens, like glass-onion",
      ],
      [
        "soundtrack_slug: Fallout Theme",
        "soundtrack_slug: use lower-case letters, digits and single hyphens, like glass-onion",
      ],
      ["year: 18", "year: give the film's year, from 1880 to 2200"],
      ["critic_score: 8.55", "critic_score: give a score from 0 to 10 in tenths, like 8.5"],
      ["critic_score: '11'", "critic_score: give a score from 0 to 10 in tenths, like 8.5"],
      ["sample: maybe", "sample: write true or false"],
      ["status: live", "status: use draft, scheduled or published"],
      [
        "status: published\npublished_at: last Tuesday",
        "published_at: give a date and time like 2026-12-01T09:00:00Z",
      ],
      [
        "status: scheduled",
        "published_at: a scheduled review needs its date and time, like 2026-12-01T09:00:00Z",
      ],
      ["week: 3", "status: give the status (draft, scheduled or published) with week"],
      ["status: draft\nweek: 0", "week: give the week number, 1 or more"],
      ["film: '!!!'", "slug: give one, as the film's title has no letters or digits"],
    ];
    for (const [facts, message] of cases) expect(errorsOf(file(facts))).toEqual([message]);
  });

  it("reports every problem of a file at once", () => {
    const text = "---\nfilm: F\nyear: 1700\ntracks: |\n  1. A (1:00)\n  B\n---\n";
    expect(errorsOf(text)).toEqual([
      "title: give the review's headline",
      "year: give the film's year, from 1880 to 2200",
      "composer: give at least one composer",
      "tracks, line 2 ('B'): no duration found: end the line with a time like (3:45)",
      "body: write the review below the front matter",
    ]);
  });

  it("says where the front matter is missing or is not YAML", () => {
    expect(errorsOf("# Just Markdown\n\nNo facts.")).toEqual([
      "front matter: begin the file with a block between two --- lines",
    ]);
    expect(errorsOf("---\ntitle: T\nfilm: Mission: Impossible\n---\nBody")).toEqual([
      "front matter, line 3 of the file: Nested mappings are not allowed in compact mappings",
    ]);
    expect(errorsOf("---\n- a list\n---\nBody")).toEqual([
      "front matter: write it as lines of key: value",
    ]);
  });
});
