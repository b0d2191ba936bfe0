import { expect } from "vitest";
import { parseTrackList, type ParsedTrack } from "@/lib/track-list";

/** A track as parseTrackList gives it, on disc 1 unless `disc` says. */
export function track(
  position: number,
  title: string,
  durationSeconds: number,
  disc = 1,
): ParsedTrack {
  return { disc, position, title, durationSeconds };
}

/** The one track a line reads as, that line having no problem. */
export function onlyTrack(input: string): ParsedTrack | undefined {
  const result = parseTrackList(input);
  expect(result.errors).toEqual([]);
  expect(result.tracks).toHaveLength(1);
  return result.tracks[0];
}
