import { describe, expect, it } from "vitest";
import { BODY_ALT_MISSING } from "@/lib/body-images";
import {
  MAX_BODY_LENGTH,
  MAX_COMPOSER_NAME_LENGTH,
  MAX_COMPOSERS,
  MAX_COVER_ALT_LENGTH,
  MAX_FILM_TITLE_LENGTH,
  MAX_HEADLINE_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_LINK_LABEL_LENGTH,
  MAX_SLUG_LENGTH,
  MAX_SOUNDTRACK_SLUG_LENGTH,
  MAX_SUMMARY_LENGTH,
  MAX_TRACK_POSITION,
  MAX_TRACKS,
} from "@/lib/review-rules";
import { errorsOf, file, parsed } from "@/lib/testing/review-file";

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
      [
        "release_date: September 2024",
        "release_date: give the album's release date, like 2024-09-13",
      ],
      ["release_date: 31/02/2024", "release_date: give the album's release date, like 2024-09-13"],
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

  it("keeps a release date as the editor does, whichever way the file writes the day", () => {
    for (const date of ["2024-09-13", "13/09/2024", "13 September 2024", "Sept 13, 2024"]) {
      expect(parsed(file(`release_date: ${date}`)).albumReleaseDate).toBe("2024-09-13");
    }
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

describe("parseReviewFile on a file past the editor's limits", () => {
  const words = (length: number) => "a".repeat(length);
  const slug = (length: number) => `${"a-".repeat(length / 2 - 1)}ab`.slice(0, length);
  const names = (count: number) => Array.from({ length: count }, (_, i) => `Name ${i + 1}`);

  it("takes every field at its limit, as the editor saves it", () => {
    const review = parsed(
      file(
        [
          `title: ${words(MAX_HEADLINE_LENGTH)}`,
          `film: ${words(MAX_FILM_TITLE_LENGTH)}`,
          `slug: ${slug(MAX_SLUG_LENGTH)}`,
          `soundtrack_slug: ${slug(MAX_SOUNDTRACK_SLUG_LENGTH)}`,
          `label: ${words(MAX_LABEL_LENGTH)}`,
          `cover_alt: ${words(MAX_COVER_ALT_LENGTH)}`,
          "composer:",
          `composers: [${[...names(MAX_COMPOSERS - 1), words(MAX_COMPOSER_NAME_LENGTH)]}]`,
          `tracks: "${names(MAX_TRACKS)
            .map((name) => `${name} (1:00)`)
            .join("\\n")}"`,
        ].join("\n"),
        `${words(MAX_SUMMARY_LENGTH)}\n\n${words(MAX_BODY_LENGTH - MAX_SUMMARY_LENGTH - 2)}`,
      ),
    );
    expect(review.slug).toHaveLength(MAX_SLUG_LENGTH);
    expect(review.soundtrackSlug).toHaveLength(MAX_SOUNDTRACK_SLUG_LENGTH);
    expect(review.composers).toHaveLength(MAX_COMPOSERS);
    expect(review.tracks).toHaveLength(MAX_TRACKS);
    expect(review.summary).toHaveLength(MAX_SUMMARY_LENGTH);
    expect(review.body).toHaveLength(MAX_BODY_LENGTH);
  });

  it("refuses each field one character past its limit, naming the field and the limit", () => {
    const cases: [string, string][] = [
      [
        `title: ${words(MAX_HEADLINE_LENGTH + 1)}`,
        `title: keep the headline to ${MAX_HEADLINE_LENGTH} characters`,
      ],
      [
        `film: ${words(MAX_FILM_TITLE_LENGTH + 1)}\nslug: f`,
        `film: keep the film's title to ${MAX_FILM_TITLE_LENGTH} characters`,
      ],
      [
        `slug: ${slug(MAX_SLUG_LENGTH + 2)}`,
        `slug: keep the address to ${MAX_SLUG_LENGTH} characters`,
      ],
      [
        `soundtrack_slug: ${slug(MAX_SOUNDTRACK_SLUG_LENGTH + 2)}`,
        `soundtrack_slug: keep the soundtrack's address to ${MAX_SOUNDTRACK_SLUG_LENGTH} characters`,
      ],
      [
        `film: ${words(MAX_SLUG_LENGTH + 1)}`,
        `slug: give one, as the one made from the film's title is longer than ${MAX_SLUG_LENGTH} characters`,
      ],
      [
        `label: ${words(MAX_LABEL_LENGTH + 1)}`,
        `label: keep the record label to ${MAX_LABEL_LENGTH} characters`,
      ],
      [
        `cover_alt: ${words(MAX_COVER_ALT_LENGTH + 1)}`,
        `cover_alt: keep the cover's description to ${MAX_COVER_ALT_LENGTH} characters`,
      ],
      [
        `composer: ${words(MAX_COMPOSER_NAME_LENGTH + 1)}`,
        `composer: keep each composer's name to ${MAX_COMPOSER_NAME_LENGTH} characters`,
      ],
      [
        `composer:\ncomposers: [A, ${words(MAX_COMPOSER_NAME_LENGTH + 1)}]`,
        `composers, item 2: keep each composer's name to ${MAX_COMPOSER_NAME_LENGTH} characters`,
      ],
      [
        `composer:\ncomposers: [${names(MAX_COMPOSERS + 1)}]`,
        `composers: list at most ${MAX_COMPOSERS} composers`,
      ],
      [
        `links:\n  - label: ${words(MAX_LINK_LABEL_LENGTH + 1)}\n    url: https://example.com/a`,
        `links, item 1, label: keep its label to ${MAX_LINK_LABEL_LENGTH} characters`,
      ],
      [
        `summary: ${words(MAX_SUMMARY_LENGTH + 1)}`,
        `summary: keep the summary to ${MAX_SUMMARY_LENGTH} characters`,
      ],
      [
        `tracks: "${names(MAX_TRACKS + 1)
          .map((name) => `${name} (1:00)`)
          .join("\\n")}"`,
        `tracks: list at most ${MAX_TRACKS} tracks`,
      ],
      [
        `tracks: "${MAX_TRACK_POSITION}. A (1:00)\\nB (1:00)"`,
        `tracks, line 2 ('B (1:00)'): track number must be ${MAX_TRACK_POSITION} at most`,
      ],
    ];
    for (const [facts, message] of cases) expect(errorsOf(file(facts))).toEqual([message]);
  });

  it("holds the body, and the summary taken from it, to the editor's limits", () => {
    expect(errorsOf(file("", `First.\n\n${words(MAX_BODY_LENGTH - 7)}`))).toEqual([
      `body: keep the review to ${MAX_BODY_LENGTH} characters`,
    ]);
    expect(errorsOf(file("", `${words(MAX_SUMMARY_LENGTH + 1)}\n\nSecond.`))).toEqual([
      `summary: give one, as the body's first paragraph is longer than ${MAX_SUMMARY_LENGTH} characters`,
    ]);
    expect(parsed(file("summary: Short.", `${words(MAX_SUMMARY_LENGTH + 1)}`)).summary).toBe(
      "Short.",
    );
    expect(errorsOf(file("", "A sleeve:\n\n![](/images/1)"))).toEqual([
      `body: ${BODY_ALT_MISSING}`,
    ]);
  });
});
