import { describe, expect, it } from "vitest";
import { describeDuration, formatDuration, parseDuration, summarizeTracks } from "./duration";

describe("formatDuration", () => {
  it.each([
    [0, "0:00"],
    [5, "0:05"],
    [59, "0:59"],
    [60, "1:00"],
    [72, "1:12"],
    [600, "10:00"],
    [3599, "59:59"],
    [3600, "1:00:00"],
    [3661, "1:01:01"],
    [5745, "1:35:45"],
    [36000, "10:00:00"],
  ])("formats %d seconds as %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it("drops partial seconds", () => {
    expect(formatDuration(72.9)).toBe("1:12");
  });

  it("treats negative and non-finite input as zero", () => {
    expect(formatDuration(-5)).toBe("0:00");
    expect(formatDuration(Number.NaN)).toBe("0:00");
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe("0:00");
  });
});

describe("describeDuration", () => {
  it.each([
    [0, "0 seconds"],
    [1, "1 second"],
    [2, "2 seconds"],
    [60, "1 minute"],
    [61, "1 minute 1 second"],
    [72, "1 minute 12 seconds"],
    [120, "2 minutes"],
    [3600, "1 hour"],
    [3601, "1 hour 1 second"],
    [5745, "1 hour 35 minutes 45 seconds"],
    [7200, "2 hours"],
    [7322, "2 hours 2 minutes 2 seconds"],
  ])("reads %d seconds as %s", (seconds, expected) => {
    expect(describeDuration(seconds)).toBe(expected);
  });

  it("drops partial seconds and treats negative input as zero", () => {
    expect(describeDuration(1.5)).toBe("1 second");
    expect(describeDuration(-30)).toBe("0 seconds");
  });
});

describe("parseDuration", () => {
  it.each([
    ["0:00", 0],
    ["1:12", 72],
    ["01:12", 72],
    ["9:59", 599],
    ["75:10", 4510],
    ["0:00:01", 1],
    ["1:00:00", 3600],
    ["1:35:45", 5745],
    ["01:02:03", 3723],
    ["  2:14 ", 134],
    ["\t2:14\n", 134],
  ])("parses %j as %d seconds", (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "abc",
    "1:5",
    "1:60",
    "1:99",
    "-1:12",
    "1:60:00",
    "1:00:60",
    "1:2:03",
    "1:12:",
    ":12",
    "1",
    "1.12",
    "1 :12",
    "1:12:00:00",
    "1:12 am",
    "99999999999999999999:00",
  ])("rejects %j", (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it("round-trips with formatDuration", () => {
    for (const text of ["0:00", "1:12", "59:59", "1:00:00", "1:35:45", "23:59:59"]) {
      expect(formatDuration(parseDuration(text) ?? -1)).toBe(text);
    }
  });
});

describe("summarizeTracks", () => {
  it("summarizes an empty list", () => {
    expect(summarizeTracks([])).toEqual({
      count: 0,
      totalSeconds: 0,
      longest: null,
      shortest: null,
    });
  });

  it("returns the original track objects for longest and shortest", () => {
    const intro = { title: "Intro", durationSeconds: 72 };
    const suite = { title: "Suite", durationSeconds: 417 };
    const sting = { title: "Sting", durationSeconds: 9 };
    const summary = summarizeTracks([intro, suite, sting]);
    expect(summary).toEqual({ count: 3, totalSeconds: 498, longest: suite, shortest: sting });
    expect(summary.longest).toBe(suite);
    expect(summary.shortest).toBe(sting);
    expect(summary.longest?.title).toBe("Suite");
  });

  it("keeps the first track on ties", () => {
    const first = { id: 1, durationSeconds: 60 };
    const second = { id: 2, durationSeconds: 60 };
    const summary = summarizeTracks([first, second]);
    expect(summary.longest).toBe(first);
    expect(summary.shortest).toBe(first);
    expect(summary.totalSeconds).toBe(120);
  });

  it("handles a single track", () => {
    const only = { durationSeconds: 5745 };
    expect(summarizeTracks([only])).toEqual({
      count: 1,
      totalSeconds: 5745,
      longest: only,
      shortest: only,
    });
  });
});
