// What the benchmark and the tests need to know about the bench database: its fixed "now", the
// row counts a scale asks for, and how the bench readers are named.
import { createHash } from "node:crypto";
import type { ProgressUpdate } from "../../progress";

/** Every bench reader (reader_000001 … ) signs in with this one password. */
export const BENCH_READER_PASSWORD = "bench-reader-password";
/** The reference "now" for everything synthetic; the seed is run with it too. */
export const BENCH_NOW = new Date("2026-11-01T00:00:00Z");
/** The seeded first review, which gets exactly max(50, 5000 × scale) comments and replies. */
export const BENCH_REVIEW_SLUG = "mission-impossible-fallout";
/** The most active reader: has scores and comments at every scale, for a profile page. */
export const BENCH_PROFILE_HANDLE = readerHandle(1);
export const BENCH_READER_EMAIL = readerEmail(BENCH_PROFILE_HANDLE);
export const BENCH_DEFAULT_OUT = "data/bench.db";

/** Row counts at --scale 1; every one is multiplied by the scale. */
export const BENCH_TARGETS = {
  composers: 2_000,
  soundtracks: 10_000,
  tracks: 200_000,
  readers: 100_000,
  readerScores: 1_000_000,
  comments: 500_000,
  featuredComments: 5_000,
  commentLikes: 300_000,
  favouriteTracks: 300_000,
  commentReports: 1_000,
  /** Subscribed to the newsletter: the addresses an issue is queued for. */
  subscribers: 100_000,
} as const;

export const BENCH_MAX_SCALE = 10;

export type BenchCounts = { [K in keyof typeof BENCH_TARGETS]: number };

/** The counts a scale asks for, with the floors that keep a tiny scale the same shape. */
export function benchCounts(scale: number): BenchCounts {
  if (!(scale > 0) || scale > BENCH_MAX_SCALE) {
    throw new RangeError(`The scale must be greater than 0 and at most ${BENCH_MAX_SCALE}`);
  }
  const n = (target: number) => Math.round(target * scale);
  const soundtracks = Math.max(2, n(BENCH_TARGETS.soundtracks));
  const readers = Math.max(20, n(BENCH_TARGETS.readers));
  const featuredComments = Math.max(50, n(BENCH_TARGETS.featuredComments));
  return {
    composers: Math.min(soundtracks, Math.max(1, n(BENCH_TARGETS.composers))),
    soundtracks,
    tracks: Math.min(40 * soundtracks, Math.max(8 * soundtracks, n(BENCH_TARGETS.tracks))),
    readers,
    readerScores: Math.max(1, n(BENCH_TARGETS.readerScores)),
    comments: Math.max(featuredComments, n(BENCH_TARGETS.comments)),
    featuredComments,
    commentLikes: n(BENCH_TARGETS.commentLikes),
    favouriteTracks: n(BENCH_TARGETS.favouriteTracks),
    commentReports: n(BENCH_TARGETS.commentReports),
    subscribers: Math.max(2, n(BENCH_TARGETS.subscribers)),
  };
}

/** 1 -> "reader_000001" (at least six digits). */
export function readerHandle(n: number): string {
  return `reader_${String(n).padStart(6, "0")}`;
}

/** "reader_000001" -> "reader_000001@bench.test". */
export function readerEmail(handle: string): string {
  return `${handle}@bench.test`;
}

/** A stable UUID-shaped id for a name (not random, so that two runs agree). */
export function benchUserId(name: string): string {
  const h = createHash("sha256").update(`bench-user:${name}`).digest("hex");
  const variant = "89ab"[parseInt(h[16]!, 16) & 3]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const NOW_MS = BENCH_NOW.getTime();
export const NOW_S = NOW_MS / 1000;
export const HOUR_S = 3600;
export const DAY_S = 24 * HOUR_S;

export type BenchDataOptions = {
  /** A `file:` URL; the file and its -wal/-shm are deleted first. */
  url: string;
  scale?: number;
  onProgress?: (update: ProgressUpdate) => void;
};

export type BenchDataResult = {
  url: string;
  scale: number;
  elapsedMs: number;
  /** Rows per table, every table but drizzle's own. */
  rowCounts: Record<string, number>;
  /** The review with the long discussion. */
  review: {
    slug: string;
    id: number;
    comments: number;
    /** Top-level comments a reader can see: not deleted, or deleted but holding live replies. */
    threads: number;
    /** Pages of COMMENT_PAGE_SIZE threads. */
    commentPages: number;
  };
  profile: { handle: string; email: string; password: string; scores: number; comments: number };
  /** The composer with the most reviews, for a long composer page. */
  composer: { slug: string; reviews: number };
  /** Pages of the archive (ARCHIVE_PAGE_SIZE reviews each). */
  archivePages: number;
};
