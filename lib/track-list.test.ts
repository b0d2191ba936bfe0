import { describe, expect, it } from "vitest";
import { onlyTrack, track } from "@/lib/testing/track-list";
import { parseTrackList } from "./track-list";

const FALLOUT = `1. A Storm Is Coming (1:12)
2. Your Mission (2:14)
3. Should You Choose to Accept… (2:34)
4. The Manifesto (1:44)
5. Good Evening, Mr. Hunt (4:19)
6. Change of Plan (5:47)
7. A Terrible Choice (2:54)
8. Fallout (1:30)
9. Stairs and Rooftops (6:00)
10. No Hard Feelings (4:20)
11. Free Fall (4:14)
12. The White Window (4:42)
13. I Am the Storm (2:07)
14. The Exchange (5:54)
15. Steps Ahead (1:02)
16. Escape Through Paris (5:05)
17. We Are Never Free (6:57)
18. Kashmir (4:29)
19. Fate Whispers to the Warrior (3:54)
20. And the Warrior Whispers Back (3:56)
21. Unfinished Business (1:49)
22. Scalper and Hammer (5:10)
23. The Syndicate (6:00)
24. Cutting on One (3:42)
25. The Last Resort (2:55)
26. Mission: Accomplished (1:15)`;

describe("parseTrackList: canonical form", () => {
  it("parses the full Fallout track list", () => {
    const { tracks, errors } = parseTrackList(FALLOUT);
    expect(errors).toEqual([]);
    expect(tracks).toHaveLength(26);
    expect(tracks.reduce((sum, t) => sum + t.durationSeconds, 0)).toBe(5745);
    expect(tracks.map((t) => t.position)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(tracks.every((t) => t.disc === 1)).toBe(true);
    expect(tracks[0]).toEqual(track(1, "A Storm Is Coming", 72));
    expect(tracks[2]).toEqual(track(3, "Should You Choose to Accept…", 154));
    expect(tracks[4]).toEqual(track(5, "Good Evening, Mr. Hunt", 259));
    expect(tracks[25]).toEqual(track(26, "Mission: Accomplished", 75));
  });

  it("parses Windows line endings, blank lines and stray whitespace", () => {
    const input =
      "\r\n  1.   A Storm   Is Coming   (1:12)  \r\n\r\n\t2. Your Mission (2:14)\r\n   \r\n";
    expect(parseTrackList(input)).toEqual({
      tracks: [track(1, "A Storm Is Coming", 72), track(2, "Your Mission", 134)],
      errors: [],
    });
  });

  it("accepts old Mac line endings", () => {
    expect(parseTrackList("1. One (1:00)\r2. Two (2:00)").tracks).toEqual([
      track(1, "One", 60),
      track(2, "Two", 120),
    ]);
  });

  it("returns nothing for empty or blank input", () => {
    expect(parseTrackList("")).toEqual({ tracks: [], errors: [] });
    expect(parseTrackList(" \n\t\n\r\n ")).toEqual({ tracks: [], errors: [] });
  });
});

describe("parseTrackList: durations", () => {
  it("accepts h:mm:ss", () => {
    expect(onlyTrack("3. Suite (1:02:03)")).toEqual(track(3, "Suite", 3723));
  });

  it("accepts minutes past 59 without hours", () => {
    expect(onlyTrack("1. Long Suite (75:10)")).toEqual(track(1, "Long Suite", 4510));
  });

  it("accepts exactly 24 hours", () => {
    expect(onlyTrack("1. Loop (24:00:00)")).toEqual(track(1, "Loop", 86400));
  });

  it("accepts 0:00", () => {
    expect(onlyTrack("1. Silence (0:00)")).toEqual(track(1, "Silence", 0));
  });

  it.each([
    ["hyphen", "1. A Storm Is Coming - 1:12"],
    ["en dash", "1. A Storm Is Coming – 1:12"],
    ["em dash", "1. A Storm Is Coming — 1:12"],
    ["unspaced em dash", "1. A Storm Is Coming—1:12"],
    ["square brackets", "1. A Storm Is Coming [1:12]"],
    ["padded parentheses", "1. A Storm Is Coming ( 1:12 )"],
    ["tabs", "1\tA Storm Is Coming\t1:12"],
    ["column spacing", "1.  A Storm Is Coming      1:12"],
    ["a dash before the parentheses", "1. A Storm Is Coming - (1:12)"],
  ])("accepts a duration after %s", (_, line) => {
    expect(onlyTrack(line)).toEqual(track(1, "A Storm Is Coming", 72));
  });
});

describe("parseTrackList: titles", () => {
  it("keeps parentheses that belong to the title", () => {
    expect(onlyTrack("4. The Manifesto (Reprise) (1:44)")).toEqual(
      track(4, "The Manifesto (Reprise)", 104),
    );
  });

  it("keeps brackets that belong to the title", () => {
    expect(onlyTrack("4. The Manifesto [Alternate] [1:44]")).toEqual(
      track(4, "The Manifesto [Alternate]", 104),
    );
  });

  it("keeps dashes that belong to the title", () => {
    expect(onlyTrack("5. Spy - Versus - Spy - 2:00")).toEqual(track(5, "Spy - Versus - Spy", 120));
  });

  it("keeps a time that belongs to the title", () => {
    expect(onlyTrack("3. John 3:16 (2:00)")).toEqual(track(3, "John 3:16", 120));
  });

  it("collapses internal whitespace", () => {
    expect(onlyTrack("2.  Your \t Mission   Briefing  (2:14)")).toEqual(
      track(2, "Your Mission Briefing", 134),
    );
  });

  it("accepts a title of exactly 300 characters", () => {
    const title = "a".repeat(300);
    expect(onlyTrack(`1. ${title} (1:00)`)).toEqual(track(1, title, 60));
  });
});

describe("parseTrackList: errors", () => {
  it("reports a line without a duration", () => {
    expect(parseTrackList("1. A Storm Is Coming")).toEqual({
      tracks: [],
      errors: [
        {
          line: 1,
          text: "1. A Storm Is Coming",
          reason: "No duration found: end the line with a time like (3:45)",
        },
      ],
    });
  });

  it("reports a parenthetical that is not a time as a missing duration", () => {
    expect(parseTrackList("4. The Manifesto (Reprise)").errors).toEqual([
      {
        line: 1,
        text: "4. The Manifesto (Reprise)",
        reason: "No duration found: end the line with a time like (3:45)",
      },
    ]);
  });

  it.each([
    ["1:75", "1. Broken (1:75)"],
    ["1:5", "1. Broken (1:5)"],
    ["1:60:00", "1. Broken (1:60:00)"],
    ["1:2:3:4", "1. Broken - 1:2:3:4"],
  ])("reports the invalid duration %s", (time, text) => {
    expect(parseTrackList(text)).toEqual({
      tracks: [],
      errors: [{ line: 1, text, reason: `Duration "${time}" is not a valid time` }],
    });
  });

  it("reports a duration over 24 hours", () => {
    expect(parseTrackList("1. Endless (24:00:01)").errors).toEqual([
      {
        line: 1,
        text: "1. Endless (24:00:01)",
        reason: 'Duration "24:00:01" is longer than 24 hours',
      },
    ]);
  });

  it.each(["1. (1:12)", "(1:12)", "1. - 1:12", "Track 3: [2:00]"])(
    "reports a track with no title in %j",
    (text) => {
      expect(parseTrackList(text)).toEqual({
        tracks: [],
        errors: [{ line: 1, text, reason: "Track has no title" }],
      });
    },
  );

  it("reports the second occurrence of a position on the same disc", () => {
    const input = ["1. One (1:00)", "2. Two (2:00)", "3. Three (3:00)", "3. Three Again (3:30)"];
    expect(parseTrackList(input.join("\n"))).toEqual({
      tracks: [track(1, "One", 60), track(2, "Two", 120), track(3, "Three", 180)],
      errors: [
        { line: 4, text: "3. Three Again (3:30)", reason: "Track 3 appears twice on disc 1" },
      ],
    });
  });

  it("names the disc in a duplicate position error", () => {
    const input = ["Disc 2", "1. One (1:00)", "1. One Again (1:00)"];
    expect(parseTrackList(input.join("\n")).errors).toEqual([
      { line: 3, text: "1. One Again (1:00)", reason: "Track 1 appears twice on disc 2" },
    ]);
  });

  it("reports track number zero", () => {
    expect(parseTrackList("0. Hidden (1:00)").errors).toEqual([
      { line: 1, text: "0. Hidden (1:00)", reason: "Track number must be 1 or more" },
    ]);
  });

  it("reports a title longer than 300 characters", () => {
    const text = `1. ${"a".repeat(301)} (1:00)`;
    expect(parseTrackList(text)).toEqual({
      tracks: [],
      errors: [{ line: 1, text, reason: "Title is longer than 300 characters" }],
    });
  });

  it("reports an overlong line without choking on it", () => {
    const text = `1. ${" -".repeat(50_000)} (1:00)`;
    expect(parseTrackList(text)).toEqual({
      tracks: [],
      errors: [{ line: 1, text, reason: "Line is longer than 500 characters" }],
    });
  });

  it("keeps good lines around garbage and reports the garbage with its original line number", () => {
    const input = [
      "",
      "1. A Storm Is Coming (1:12)",
      "",
      "   lorem ipsum dolor   ",
      "Your Mission (2:14)",
      "\t",
      "3. Should You Choose to Accept… (2:34)",
      "4. The Manifesto (1:99)",
    ].join("\r\n");
    expect(parseTrackList(input)).toEqual({
      tracks: [
        track(1, "A Storm Is Coming", 72),
        track(2, "Your Mission", 134),
        track(3, "Should You Choose to Accept…", 154),
      ],
      errors: [
        {
          line: 4,
          text: "lorem ipsum dolor",
          reason: "No duration found: end the line with a time like (3:45)",
        },
        { line: 8, text: "4. The Manifesto (1:99)", reason: 'Duration "1:99" is not a valid time' },
      ],
    });
  });

  it("does not number later tracks after a rejected line", () => {
    const input = ["One (1:00)", "Two (2:xx)", "Three (3:00)"];
    const { tracks, errors } = parseTrackList(input.join("\n"));
    expect(tracks).toEqual([track(1, "One", 60), track(2, "Three", 180)]);
    expect(errors.map((e) => e.line)).toEqual([2]);
  });

  it("accounts for every non-blank line", () => {
    const input = [
      "Disc 1",
      "1. Fine (1:00)",
      "junk",
      "2. Also fine - 2:00",
      "???",
      "Disc 2",
      "1) Fine (0:30)",
    ];
    const { tracks, errors } = parseTrackList(input.join("\n"));
    expect(tracks).toHaveLength(3);
    expect(errors.map((e) => [e.line, e.text])).toEqual([
      [3, "junk"],
      [5, "???"],
    ]);
  });
});
