import { describe, expect, it } from "vitest";
import { MAX_TRACK_POSITION } from "@/lib/review-rules";
import { onlyTrack, track } from "@/lib/testing/track-list";
import { parseTrackList } from "./track-list";

describe("parseTrackList: numbering", () => {
  it.each([
    ["1.", "1. Fallout (1:30)"],
    ["1)", "1) Fallout (1:30)"],
    ["01.", "01. Fallout (1:30)"],
    ["01 -", "01 - Fallout (1:30)"],
    ["1 -", "1 - Fallout (1:30)"],
    ["1 –", "1 – Fallout (1:30)"],
    ["1:", "1: Fallout (1:30)"],
    ["a tab", "1\tFallout (1:30)"],
    ["a space", "1 Fallout (1:30)"],
    ["Track 1:", "Track 1: Fallout (1:30)"],
    ["track 1.", "track 1. Fallout (1:30)"],
    ["1. without a space", "1.Fallout (1:30)"],
  ])("reads the %s style", (_, line) => {
    expect(onlyTrack(line)).toEqual(track(1, "Fallout", 90));
  });

  it("reads other styles at higher positions", () => {
    const input = [
      "08) Fallout (1:30)",
      "09 - Stairs and Rooftops (6:00)",
      "10\tNo Hard Feelings (4:20)",
    ];
    expect(parseTrackList(input.join("\n")).tracks).toEqual([
      track(8, "Fallout", 90),
      track(9, "Stairs and Rooftops", 360),
      track(10, "No Hard Feelings", 260),
    ]);
  });

  it("numbers tracks without a number after the previous one on the disc", () => {
    const input = [
      "A Storm Is Coming (1:12)",
      "Your Mission (2:14)",
      "7. A Terrible Choice (2:54)",
      "Fallout (1:30)",
    ];
    expect(parseTrackList(input.join("\n"))).toEqual({
      tracks: [
        track(1, "A Storm Is Coming", 72),
        track(2, "Your Mission", 134),
        track(7, "A Terrible Choice", 174),
        track(8, "Fallout", 90),
      ],
      errors: [],
    });
  });

  it("numbers no track past the editor's last number", () => {
    const input = `${MAX_TRACK_POSITION}. Last (1:00)\nOne Too Many (1:00)`;
    expect(parseTrackList(input)).toEqual({
      tracks: [track(MAX_TRACK_POSITION, "Last", 60)],
      errors: [
        {
          line: 2,
          text: "One Too Many (1:00)",
          reason: `Track number must be ${MAX_TRACK_POSITION} at most`,
        },
      ],
    });
  });

  it("keeps a leading number in the title when it is not the next position", () => {
    const input = ["1. Intro (1:00)", "99 Luftballons (3:50)", "2046 (2:00)"];
    expect(parseTrackList(input.join("\n")).tracks).toEqual([
      track(1, "Intro", 60),
      track(2, "99 Luftballons", 230),
      track(3, "2046", 120),
    ]);
  });

  it("places explicitly numbered tracks at their position and sorts the result", () => {
    const input = ["3. Third (3:00)", "1. First (1:00)", "Second (2:00)"];
    expect(parseTrackList(input.join("\n")).tracks).toEqual([
      track(1, "First", 60),
      track(2, "Second", 120),
      track(3, "Third", 180),
    ]);
  });
});

describe("parseTrackList: discs", () => {
  it.each(["Disc 2", "disc 2:", "CD 2", "CD2", "Disc 2 – Bonus", "DISC TWO", "Disc Two - Extras"])(
    "starts a new disc at %j",
    (header) => {
      const input = [
        "1. Opening (1:00)",
        "2. Closing (2:00)",
        "",
        header,
        "1. Bonus (3:00)",
        "Extra (4:00)",
      ];
      expect(parseTrackList(input.join("\n"))).toEqual({
        tracks: [
          track(1, "Opening", 60),
          track(2, "Closing", 120),
          track(1, "Bonus", 180, 2),
          track(2, "Extra", 240, 2),
        ],
        errors: [],
      });
    },
  );

  it("honours a header before the first track", () => {
    expect(parseTrackList("Disc 1\n1. One (1:00)\nCD 2\nTwo (2:00)").tracks).toEqual([
      track(1, "One", 60),
      track(1, "Two", 120, 2),
    ]);
  });

  it("reads disc-track prefixes", () => {
    const input = [
      "1-01 Opening (1:00)",
      "1-02 Closing (2:00)",
      "2-01 Bonus (3:00)",
      "2.02 Extra (4:00)",
      "Coda (0:30)",
    ];
    expect(parseTrackList(input.join("\n"))).toEqual({
      tracks: [
        track(1, "Opening", 60),
        track(2, "Closing", 120),
        track(1, "Bonus", 180, 2),
        track(2, "Extra", 240, 2),
        track(3, "Coda", 30, 2),
      ],
      errors: [],
    });
  });

  it("allows the same position on different discs", () => {
    const { tracks, errors } = parseTrackList("1. One (1:00)\nDisc 2\n1. One Again (1:00)");
    expect(errors).toEqual([]);
    expect(tracks).toEqual([track(1, "One", 60), track(1, "One Again", 60, 2)]);
  });

  it("reads a line that ends in a time as a track, even if it starts like a header", () => {
    expect(onlyTrack("CD 2 Mix (3:00)")).toEqual(track(1, "CD 2 Mix", 180));
  });

  it("does not mistake a title starting with Disco for a header", () => {
    expect(onlyTrack("Disco Inferno (3:00)")).toEqual(track(1, "Disco Inferno", 180));
  });
});
