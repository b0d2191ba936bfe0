// The command line's options: reading them, and checking --out can be written before any work.
import { closeSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { readCommandLine, UsageError } from "@/lib/command-line";
import { BENCH_DEFAULT_OUT, BENCH_MAX_SCALE } from "./constants";
import { removeDatabaseFiles } from "./database";

export const USAGE = `Usage: npm run bench:data -- [--out <file>] [--scale <number>]

Builds a fresh SQLite database for the benchmark: the migrations, the normal seed, then a
deterministic synthetic catalogue.

Options:
  --out <file>       Where to write it (default ${BENCH_DEFAULT_OUT}); the file and its
                     -wal/-shm are deleted first
  --scale <number>   Multiplies every row count, greater than 0 and at most ${BENCH_MAX_SCALE}
                     (default 1: 10,000 reviews, 100,000 readers, 1,000,000 scores,
                     500,000 comments, 100,000 newsletter subscribers)
  -h, --help         Show this help`;

export type CliOptions = { help: boolean; out: string; scale: number };

export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = readCommandLine({
    args: argv,
    options: { out: { type: "string", short: "o" }, scale: { type: "string", short: "s" } },
  });
  const rawScale = values.scale ?? "1";
  const scale = /^\s*[0-9.eE+-]+\s*$/.test(rawScale) ? Number(rawScale) : NaN;
  if (!Number.isFinite(scale) || scale <= 0 || scale > BENCH_MAX_SCALE) {
    throw new UsageError(
      `--scale must be a number greater than 0 and at most ${BENCH_MAX_SCALE}, not "${rawScale}".`,
    );
  }
  let out = values.out ?? BENCH_DEFAULT_OUT;
  if (out.startsWith("file:")) out = out.slice("file:".length);
  if (out.trim() === "") throw new UsageError("--out needs a file name.");
  if (/[?#]/.test(out)) throw new UsageError(`--out cannot contain "?" or "#": ${out}`);
  return { help: values.help ?? false, out, scale };
}

/** Fails with a UsageError unless `out` can be replaced by a new database file. */
export function checkWritable(out: string) {
  const reason = (error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "EROFS") return "read-only file system";
    if (code === "ENOTDIR") return "a part of the path is not a folder";
    if (code === "ENOENT") return "the file cannot be created there";
    if (code === "EISDIR") return "it is a folder";
    return error instanceof Error ? error.message : String(error);
  };
  try {
    if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`Cannot write --out ${out}: it is a folder.`);
    }
    mkdirSync(dirname(out), { recursive: true });
    removeDatabaseFiles(out);
    closeSync(openSync(out, "w"));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot write --out ${out}: ${reason(error)}.`);
  }
}
