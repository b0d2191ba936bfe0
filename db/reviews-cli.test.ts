import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ReviewFile } from "@/lib/review-file";
import { connect, type Database } from "./client";
import { openTestDatabase } from "./testing";
import { reviews } from "./schema";
import { readFeaturedReview } from "./seed-data/featured";

// Both commands run as `npm run` runs them, against file databases of this test's own.
const TSX = new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url).pathname;
const script = (name: string) => new URL(`../scripts/${name}.ts`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "reviews-cli-"));
const sourceUrl = process.env.DATABASE_URL!;
const targetUrl = `file:${join(dir, "restored.db")}`;

type Run = { code: number | null; stdout: string; stderr: string };

function run(name: string, args: string[], databaseUrl: string): Promise<Run> {
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

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const fallout = readFeaturedReview();

function review(slug: string, changes: Partial<ReviewFile>): ReviewFile {
  return { ...fallout, slug, filmTitle: `Film ${slug}`, ...changes };
}

/** Every review with its soundtrack, composers and tracks, without the ids a database gives. */
async function contents(db: Database) {
  const rows = await db.query.reviews.findMany({
    orderBy: asc(reviews.slug),
    columns: {
      id: false,
      soundtrackId: false,
      authorId: false,
      createdAt: false,
      updatedAt: false,
    },
    with: {
      soundtrack: {
        columns: { id: false, createdAt: false, updatedAt: false },
        with: {
          composers: {
            columns: { position: true },
            with: { composer: { columns: { name: true, slug: true, sortName: true } } },
          },
          tracks: { columns: { disc: true, position: true, title: true, durationSeconds: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    ...r,
    soundtrack: {
      ...r.soundtrack,
      composers: r.soundtrack.composers.sort((a, b) => a.position - b.position),
      tracks: r.soundtrack.tracks.sort((a, b) => a.disc - b.disc || a.position - b.position),
    },
  }));
}

function readDir(path: string): Map<string, string> {
  return new Map(readdirSync(path).map((name) => [name, readFileSync(join(path, name), "utf8")]));
}

const { db } = await openTestDatabase();
const { importReview } = await import("./queries/review-files");
const target = connect(targetUrl);

async function reviewCount(on: Database): Promise<number> {
  return (await on.select({ n: count() }).from(reviews))[0]!.n;
}

describe("npm run reviews:export and reviews:import", () => {
  it("export, import into a fresh database and export again give the same files and reviews", async () => {
    await importReview(
      review("several-composers-and-discs", {
        headline: `“Quotes”, 'apostrophes', colons: and # — all in a headline`,
        composers: ["Ottilie Brandquist", "Femi Laskaris", "Zoë Ångström"],
        tracks: [
          { disc: 1, position: 1, title: "99 Luftballons", durationSeconds: 61 },
          { disc: 2, position: 1, title: "Disc 2 Suite", durationSeconds: 3725 },
          { disc: 2, position: 3, title: "Theme (Reprise)", durationSeconds: 0 },
        ],
        body: "Opening.\n\n---\ntitle: not front matter\n---\n\nClosing line.\n\n---",
        summary: "A summary of its own:\n---\non three lines",
        criticScore: 85,
        filmYear: 1999,
        label: "Label & Sons",
        isSample: true,
      }),
    );
    await importReview(review("a-draft", { criticScore: null }));
    await importReview(review("next-in-line", { criticScore: 100 }), { publish: true });
    const exported = join(dir, "exported");
    const first = await run("reviews-export", [exported], sourceUrl);
    expect(first).toMatchObject({ code: 0, stdout: "Exported 10 reviews to " + exported + "\n" });

    const files = readDir(exported);
    const paths = [...files.keys()].map((name) => join(exported, name));
    const restored = await run("reviews-import", paths, targetUrl);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(
      "Created published 'Exploring Soundtracks: Mission Impossible – Fallout' (/reviews/mission-impossible-fallout), ",
    );
    expect(restored.stdout).toMatch(
      /Created draft '.*' \(\/reviews\/a-draft\), 26 tracks, 1:35:45\n/,
    );
    expect(restored.stdout).toContain("\nImported 10 reviews.\n");

    const again = join(dir, "again");
    expect((await run("reviews-export", [again], targetUrl)).code).toBe(0);
    expect(readDir(again)).toEqual(files);
    expect(await contents(target.db)).toEqual(await contents(db));
  }, 60_000);

  it("creates a draft, or schedules one into the next free slot, and says so", async () => {
    const path = write(
      "new.md",
      "---\ntitle: New\nfilm: A New Film\ncomposer: A B\ntracks: |\n  1. One (1:00)\n  2. Two (4:00)\n---\nBody\n",
    );
    const draft = await run("reviews-import", [path], targetUrl);
    expect(draft).toMatchObject({
      code: 0,
      stdout: "Created draft 'New' (/reviews/a-new-film), 2 tracks, 5:00\n",
    });
    const later = write("later.md", readFileSync(path, "utf8").replace("A New Film", "Later"));
    const scheduled = await run("reviews-import", [later, "--publish"], targetUrl);
    expect(scheduled.code).toBe(0);
    expect(scheduled.stdout).toMatch(
      /^Scheduled 'New' \(\/reviews\/later\) for \w+day \d{1,2} \w+ \d{4}, 09:00 Europe\/London, week \d+, 2 tracks, 5:00\n$/,
    );
  }, 60_000);

  it("refuses a bad or missing file, naming the field and the track line, and writes nothing", async () => {
    const before = await reviewCount(target.db);
    const good = write(
      "good.md",
      "---\ntitle: Good\nfilm: Good\ncomposer: A B\ntracks: '1. A (1:00)'\n---\nBody\n",
    );
    const bad = write(
      "bad.md",
      "---\ntitle: Bad\nfilm: Bad\ntracks: |\n  1. A Storm Is Coming (1:12)\n  Kashmir\n---\nBody\n",
    );
    const missing = join(dir, "missing.md");
    const result = await run("reviews-import", [good, bad, missing], targetUrl);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toBe(
      [
        `${bad}: composer: give at least one composer`,
        `${bad}: tracks, line 2 ('Kashmir'): no duration found: end the line with a time like (3:45)`,
        `${missing}: no such file`,
        "Nothing was imported.",
        "",
      ].join("\n"),
    );
    expect(await reviewCount(target.db)).toBe(before);
  }, 60_000);

  it("shows the usage line when the file or the folder is missing", async () => {
    const [importing, exporting] = await Promise.all([
      run("reviews-import", ["--publish"], targetUrl),
      run("reviews-export", [], targetUrl),
    ]);
    expect(importing).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "Give the Markdown file to import.\nUsage: npm run reviews:import -- <file.md>... [--publish]\n",
    });
    expect(exporting).toEqual({
      code: 1,
      stdout: "",
      stderr: "Give the folder to export into.\nUsage: npm run reviews:export -- <dir>\n",
    });
  }, 60_000);
});
