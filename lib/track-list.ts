import { parseDuration } from "@/lib/duration";
import { MAX_TRACK_POSITION, MAX_TRACK_SECONDS, MAX_TRACK_TITLE_LENGTH } from "@/lib/review-rules";

export type ParsedTrack = {
  disc: number;
  position: number;
  title: string;
  durationSeconds: number;
};
export type TrackListError = { line: number; text: string; reason: string };
export type TrackListResult = { tracks: ParsedTrack[]; errors: TrackListError[] };

// Caps regex work per line; anything this long is not a track line anyway.
const MAX_LINE_LENGTH = 500;

const DISC_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const DISC_HEADER = new RegExp(`^(?:disc|disk|cd)\\s*([1-9]\\d?|${DISC_WORDS.join("|")})\\b`, "i");

const TIME = String.raw`\d+(?::\d+)+`;
// Time-like tokens are captured even when invalid so the error can quote them.
const TRAILING_DURATION = new RegExp(
  String.raw`(?:\(\s*(${TIME})\s*\)|\[\s*(${TIME})\s*\]|(?:\s*[-–—]\s*|\s+)(${TIME}))$`,
);
const DISC_TRACK_PREFIX = /^([1-9]\d?)[-.](\d{2})(?:\s*[.):\-–—])?\s+(.*)$/;
const NUMBER_PREFIX = /^(track\s*)?(\d{1,3})(?:(\s*[.):\-–—]|\t)\s*|\s+)(.*)$/i;

type TrackLine = {
  disc: number | null;
  position: number | null;
  title: string;
  durationSeconds: number;
};
type Numbering = { disc: number | null; position: number | null; rest: string };
type DiscState = { last: number; positions: Set<number> };
type ParserState = { disc: number; discs: Map<number, DiscState> };

function readDiscHeader(text: string): number | null {
  const word = DISC_HEADER.exec(text)?.[1]?.toLowerCase();
  if (word === undefined) return null;
  const index = DISC_WORDS.indexOf(word);
  return index >= 0 ? index + 1 : Number(word);
}

function readNumbering(text: string, nextPosition: number): Numbering {
  const discTrack = DISC_TRACK_PREFIX.exec(text);
  if (discTrack) {
    return { disc: Number(discTrack[1]), position: Number(discTrack[2]), rest: discTrack[3] ?? "" };
  }
  const numbered = NUMBER_PREFIX.exec(text);
  if (!numbered) return { disc: null, position: null, rest: text };
  const [, trackWord, digits, separator, rest = ""] = numbered;
  const position = Number(digits);
  // "99 Luftballons" is a title, not track 99, unless 99 is the track due next.
  if (trackWord === undefined && separator === undefined && position !== nextPosition) {
    return { disc: null, position: null, rest: text };
  }
  return { disc: null, position, rest };
}

function cleanTitle(text: string): string {
  // Drops a dangling separator, as in "Title - (3:45)".
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ [-–—]$/, "");
}

function readTrackLine(text: string, nextPosition: number): TrackLine | string {
  if (text.length > MAX_LINE_LENGTH) return `Line is longer than ${MAX_LINE_LENGTH} characters`;
  const match = TRAILING_DURATION.exec(text);
  if (!match) return "No duration found: end the line with a time like (3:45)";
  const time = match[1] ?? match[2] ?? match[3] ?? "";
  const durationSeconds = parseDuration(time);
  if (durationSeconds === null) return `Duration "${time}" is not a valid time`;
  if (durationSeconds > MAX_TRACK_SECONDS) {
    return `Duration "${time}" is longer than ${MAX_TRACK_SECONDS / 3600} hours`;
  }
  const { disc, position, rest } = readNumbering(text.slice(0, match.index), nextPosition);
  const title = cleanTitle(rest);
  if (title === "") return "Track has no title";
  if (title.length > MAX_TRACK_TITLE_LENGTH) {
    return `Title is longer than ${MAX_TRACK_TITLE_LENGTH} characters`;
  }
  return { disc, position, title, durationSeconds };
}

function discState(state: ParserState, disc: number): DiscState {
  const existing = state.discs.get(disc);
  if (existing) return existing;
  const created: DiscState = { last: 0, positions: new Set() };
  state.discs.set(disc, created);
  return created;
}

function placeTrack(state: ParserState, line: TrackLine): ParsedTrack | string {
  const disc = line.disc ?? state.disc;
  const onDisc = discState(state, disc);
  const position = line.position ?? onDisc.last + 1;
  if (position < 1) return "Track number must be 1 or more";
  if (position > MAX_TRACK_POSITION) return `Track number must be ${MAX_TRACK_POSITION} at most`;
  if (onDisc.positions.has(position)) return `Track ${position} appears twice on disc ${disc}`;
  onDisc.positions.add(position);
  onDisc.last = position;
  state.disc = disc;
  return { disc, position, title: line.title, durationSeconds: line.durationSeconds };
}

export function parseTrackList(input: string): TrackListResult {
  const tracks: ParsedTrack[] = [];
  const errors: TrackListError[] = [];
  const state: ParserState = { disc: 1, discs: new Map() };
  input.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const text = raw.trim();
    if (text === "") return;
    // A line ending in a time is a track even when its title starts like a disc header.
    const headerDisc = TRAILING_DURATION.test(text) ? null : readDiscHeader(text);
    if (headerDisc !== null) {
      state.disc = headerDisc;
      return;
    }
    const line = readTrackLine(text, discState(state, state.disc).last + 1);
    const placed = typeof line === "string" ? line : placeTrack(state, line);
    if (typeof placed === "string") errors.push({ line: index + 1, text, reason: placed });
    else tracks.push(placed);
  });
  tracks.sort((a, b) => a.disc - b.disc || a.position - b.position);
  return { tracks, errors };
}
