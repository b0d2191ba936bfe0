import { z } from "zod";
import { describe, expect, it } from "vitest";
import { editorSchema } from "./editor-schemas";
import { editorText, sameText } from "./editor-text";
import {
  EMPTY_VALUES,
  editorFields,
  type EditorValues,
  matchStoredTracks,
  readEditorValues,
  rowsFromParsed,
  type TrackRow,
  valuesFromFields,
} from "./editor-values";
import { parseTrackList } from "./track-list";

const track = (key: string, title: string, duration = "3:45", position = "1"): TrackRow => ({
  key,
  id: null,
  disc: "1",
  position,
  title,
  duration,
});

const filled: EditorValues = {
  ...EMPTY_VALUES,
  filmTitle: " Dune ",
  filmYear: "2021",
  composers: ["Hans Zimmer", " ", "Loire Cotler"],
  label: "WaterTower",
  albumReleaseDate: "17/09/2021",
  headline: "Sand and voice",
  slug: "dune",
  criticScore: "8.5",
  body: "“Paul’s Dream” is the centre.",
  tracks: [track("a", "Dream of Arrakis", "4:06"), track("b", "Paul’s Dream", "1:02:03", "2")],
  links: [
    { key: "l1", track: "", label: "Bandcamp", url: "https://example.com/dune" },
    { key: "l2", track: "b", label: "Spotify", url: "http://example.org/t" },
  ],
};

const check = (values: EditorValues, extra: Record<string, string> = {}) =>
  editorSchema.safeParse({ ...editorFields(values), ...extra });
const errors = (values: EditorValues) => {
  const parsed = check(values);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("the editor's schema", () => {
  it("reads every field of a complete form", () => {
    const parsed = check(filled, { reviewId: "7" });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      reviewId: 7,
      filmTitle: "Dune",
      filmYear: 2021,
      composers: ["Hans Zimmer", "Loire Cotler"],
      albumReleaseDate: "2021-09-17",
      criticScore: 85,
      coverAlt: null,
      tracks: [
        { key: "a", id: null, disc: 1, position: 1, title: "Dream of Arrakis", duration: 246 },
        { key: "b", disc: 1, position: 2, duration: 3723 },
      ],
      links: [{ track: "" }, { track: "b", url: "http://example.org/t" }],
    });
  });

  it("takes blank optional fields as none", () => {
    const parsed = check({
      ...filled,
      filmYear: "",
      criticScore: "",
      label: " ",
      albumReleaseDate: "",
    });
    expect(parsed.data).toMatchObject({
      filmYear: null,
      criticScore: null,
      label: null,
      albumReleaseDate: null,
    });
  });

  it("keeps line breaks as the textarea has them, not as a form sends them", () => {
    const sent = { ...editorFields(filled), body: "One.\r\n\r\nTwo.", summary: "A\r\nB" };
    expect(editorSchema.parse(sent)).toMatchObject({ body: "One.\n\nTwo.", summary: "A\nB" });
    expect(valuesFromFields(sent)).toMatchObject({ body: "One.\n\nTwo.", summary: "A\nB" });
  });

  it("explains each field that needs a change", () => {
    expect(
      errors({
        ...filled,
        filmTitle: " ",
        headline: "",
        filmYear: "1870",
        criticScore: "8.25",
        slug: "Dune 2021",
      }),
    ).toEqual({
      filmTitle: ["Give the film’s title."],
      headline: ["Give the review a headline."],
      filmYear: ["Give the film’s year, from 1880 to 2200, or leave it blank."],
      criticScore: ["Pick a score from 0 to 10, or none."],
      slug: ["Use lower-case letters, digits and single hyphens, like glass-onion."],
    });
    expect(errors({ ...filled, albumReleaseDate: "09/17/2021" }).albumReleaseDate).toEqual([
      "Give the release date as day/month/year, like 14/03/2025, or leave it blank.",
    ]);
  });

  it("names the row of every track that needs a change", () => {
    const tracks = [
      track("a", "Fine"),
      track("b", " ", "3.45", "2"),
      track("c", "Twice", "1:00", "1"),
    ];
    expect(errors({ ...filled, tracks, links: [] }).tracks).toEqual([
      "Track 2: give its title.",
      "Track 2: give its length as minutes:seconds, like 3:45.",
    ]);
    const twice = [track("a", "One"), track("b", "Two", "1:00", "1")];
    expect(errors({ ...filled, tracks: twice, links: [] }).tracks).toEqual([
      "Tracks 1 and 2 are both number 1 on disc 1.",
    ]);
  });

  it("takes only web addresses as listening links, each for the album or a track in the list", () => {
    for (const url of ["javascript:alert(1)", "ftp://example.com/a", "example.com", "https://"]) {
      const links = [{ key: "x", track: "", label: "Shop", url }];
      expect(errors({ ...filled, links }).links).toEqual([
        "Link 1: give a web address starting with https://.",
      ]);
    }
    const orphan = [{ key: "x", track: "gone", label: "Shop", url: "https://example.com" }];
    expect(errors({ ...filled, links: orphan }).links).toEqual([
      "Link 1 is for a track no longer in the list: pick the album or another track.",
    ]);
  });

  it("refuses a composer listed twice or without a letter", () => {
    expect(
      errors({ ...filled, composers: ["Hans Zimmer", "hans zimmer", "!!!"] }).composers,
    ).toEqual(["“hans zimmer” is listed twice.", "“!!!” needs a letter or a digit."]);
  });

  it("says what is wrong with rows that are not a list", () => {
    const parsed = editorSchema.safeParse({ ...editorFields(filled), tracks: "{not json" });
    expect(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors.tracks).toEqual([
      "Send at most 500 tracks, as a list.",
    ]);
  });
});

describe("the form as typed", () => {
  it("comes back from the fields it is sent as, exactly", () => {
    expect(valuesFromFields(editorFields(filled))).toEqual(filled);
  });

  it("reads whatever it can of a damaged copy", () => {
    expect(readEditorValues(null)).toEqual(EMPTY_VALUES);
    const damaged = readEditorValues({
      headline: "Kept",
      filmYear: 2021,
      tracks: [{ key: "a", title: 5 }, "x"],
    });
    expect(damaged).toMatchObject({ headline: "Kept", filmYear: "", composers: [""] });
    expect(damaged.tracks).toEqual([
      { key: "a", id: null, disc: "", position: "", title: "", duration: "" },
    ]);
  });

  it("compares versions by what they say, not by row keys or stored ids", () => {
    const rekeyed = { ...filled, tracks: filled.tracks.map((t, i) => ({ ...t, id: i + 1 })) };
    expect(sameText(filled, rekeyed)).toBe(true);
    expect(sameText(filled, { ...filled, body: `${filled.body}!` })).toBe(false);
    expect(editorText(filled)).toContain("  track 2 “Paul’s Dream”: Spotify http://example.org/t");
  });

  it("keeps the stored track of a pasted row with the same title, or else the same place", () => {
    const stored = [
      { ...track("t1", "Opening Night", "3:05"), id: 1 },
      { ...track("t2", "Closing Credits", "4:02", "2"), id: 2 },
    ];
    const pasted = parseTrackList(
      "1. Opening Nite (3:05)\n2. Extra (2:00)\n3. Closing Credits (4:10)",
    );
    const rows = rowsFromParsed(pasted.tracks, stored);
    expect(rows.map((r) => [r.id, r.key.startsWith("t") ? r.key : "new", r.title])).toEqual([
      [1, "t1", "Opening Nite"],
      [null, "new", "Extra"],
      [2, "t2", "Closing Credits"],
    ]);
  });

  it("gives an older version's rows the stored tracks they match, keeping their keys", () => {
    const stored = [{ ...track("t9", "Kept", "1:00"), id: 9 }];
    const rows = matchStoredTracks(
      [track("old", "kept "), track("x", "Other", "1:00", "2")],
      stored,
    );
    expect(rows.map((r) => [r.key, r.id])).toEqual([
      ["old", 9],
      ["x", null],
    ]);
  });
});
