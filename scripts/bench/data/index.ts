/**
 * A deterministic synthetic catalogue for the benchmark: a fresh SQLite file with the migrations,
 * the normal seed, and at --scale 1 about 10,000 reviewed soundtracks, 200,000 tracks, 100,000
 * readers, 1,000,000 scores, 500,000 comments (5,000 of them on the seeded first review), likes,
 * favourite tracks, a few reports and 100,000 newsletter subscribers.
 *
 * Everything comes from seeded PRNGs and one fixed "now" (BENCH_NOW), so two runs write the same
 * rows; only password hashes differ, because hashPassword salts at random. One module for each
 * kind of row; main.ts is the command line (`npm run bench:data`), and this file the names the
 * benchmark and the tests import.
 */
export {
  BENCH_NOW,
  BENCH_PROFILE_HANDLE,
  BENCH_READER_EMAIL,
  BENCH_READER_PASSWORD,
  BENCH_REVIEW_SLUG,
  BENCH_TARGETS,
  benchCounts,
  readerEmail,
  readerHandle,
  type BenchDataResult,
} from "./constants";
export { parseCliArgs } from "./cli";
export { removeDatabaseFiles } from "./database";
export { generateBenchData } from "./generate";
