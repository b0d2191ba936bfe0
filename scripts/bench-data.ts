/**
 * A deterministic synthetic catalogue for the benchmark: a fresh SQLite file with the migrations,
 * the normal seed, and at --scale 1 about 10,000 reviewed soundtracks, 200,000 tracks, 100,000
 * readers, 1,000,000 scores, 500,000 comments (5,000 of them on the seeded first review), likes,
 * favourite tracks and a few reports.
 *
 *   tsx scripts/bench-data.ts [--out data/bench.db] [--scale 1]
 *
 * Everything comes from seeded PRNGs and one fixed "now" (BENCH_NOW), so two runs write the same
 * rows; only password hashes differ, because hashPassword salts at random. The generator lives in
 * scripts/bench-data/, one module for each kind of row; this file is its command line and the
 * names the benchmark and the tests import.
 */
import { Progress } from "./progress";
import { checkWritable, parseCliArgs, UsageError, USAGE, type CliOptions } from "./bench-data/cli";
import { BENCH_NOW, NOW_MS } from "./bench-data/constants";
import { generateBenchData } from "./bench-data/generate";
import { summary } from "./bench-data/summary";

export {
  BENCH_DEFAULT_OUT,
  BENCH_MAX_SCALE,
  BENCH_NOW,
  BENCH_PROFILE_HANDLE,
  BENCH_READER_EMAIL,
  BENCH_READER_PASSWORD,
  BENCH_REVIEW_SLUG,
  BENCH_TARGETS,
  benchCounts,
  benchUserId,
  readerEmail,
  readerHandle,
  type BenchCounts,
  type BenchDataOptions,
  type BenchDataResult,
} from "./bench-data/constants";
export { parseCliArgs, type CliOptions } from "./bench-data/cli";
export { removeDatabaseFiles } from "./bench-data/database";
export { generateBenchData } from "./bench-data/generate";

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    checkWritable(options.out);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (Date.now() < NOW_MS) {
    console.error(
      `Warning: this machine's clock is before ${BENCH_NOW.toISOString()}, so the reviews are not live yet.`,
    );
  }
  const progress = new Progress();
  try {
    const result = await generateBenchData({
      url: `file:${options.out}`,
      scale: options.scale,
      onProgress: (update) => progress.update(update),
    });
    progress.finish("Bench data ready");
    console.log(summary(result, options.out));
    return 0;
  } catch (error) {
    progress.log(
      `Generating the bench data failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
