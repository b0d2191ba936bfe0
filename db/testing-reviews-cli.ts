import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count } from "drizzle-orm";
import { expect } from "vitest";
import type { ReviewFile } from "@/lib/review-file";
import type { Database } from "./client";
import { reviews } from "./schema";
import { readFeaturedReview } from "./seed-data/featured";

// The commands run as `npm run` runs them, against file databases of the test's own.
const TSX = new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url).pathname;
const script = (name: string) => new URL(`../scripts/${name}.ts`, import.meta.url).pathname;

export type Run = { code: number | null; stdout: string; stderr: string };

/** Runs scripts/<name>.ts with the arguments against the database at `databaseUrl`. */
export function run(name: string, args: string[], databaseUrl: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, script(name), ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A folder of the test's own, and a way to write files into it. */
export function scratchFolder() {
  const dir = mkdtempSync(join(tmpdir(), "reviews-cli-"));
  const write = (name: string, text: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  return { dir, write };
}

export function readDir(path: string): Map<string, Buffer> {
  return new Map(readdirSync(path).map((name) => [name, readFileSync(join(path, name))]));
}

const fallout = readFeaturedReview();

/** The demo's featured review under another slug and film, with the changes. */
export function review(slug: string, changes: Partial<ReviewFile> = {}): ReviewFile {
  return { ...fallout, slug, soundtrackSlug: slug, filmTitle: `Film ${slug}`, ...changes };
}

export async function reviewCount(on: Database): Promise<number> {
  return (await on.select({ n: count() }).from(reviews))[0]!.n;
}

/** No stack trace: a person is told what is wrong, never where in the code. */
export const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at /m);
