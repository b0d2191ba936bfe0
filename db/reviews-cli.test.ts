import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { formFields } from "@/lib/action-state";
import { editorSchema } from "@/lib/editor-schemas";
import type { EditorValues } from "@/lib/editor-values";
import { COVER_TOO_LARGE, MAX_COVER_BYTES, NOT_AN_IMAGE, sniffImage } from "@/lib/image-sniff";
import type { ReviewFile } from "@/lib/review-file";
import { MAX_BODY_LENGTH, MAX_HEADLINE_LENGTH, MAX_SUMMARY_LENGTH } from "@/lib/review-rules";
import { viewerAccount } from "@/lib/testing/admin-actions";
import { editorForm, editorValues, trackRow } from "@/lib/testing/editor-form";
import { png } from "@/lib/testing/png";
import { connect, type Database } from "./client";
import { openTestDatabase } from "./testing";
import { cacheTags, coverImages, listeningLinks, reviews, tracks } from "./schema";
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

function write(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const fallout = readFeaturedReview();

function review(slug: string, changes: Partial<ReviewFile>): ReviewFile {
  return { ...fallout, slug, soundtrackSlug: slug, filmTitle: `Film ${slug}`, ...changes };
}

/**
 * Every review with every field of it, its soundtrack, composers, tracks, listening links and
 * stored cover, in an order of its own: all but the ids a database gives, the times it was
 * written and the author's account, which an export does not carry. A stored cover's address,
 * signed with its soundtrack's id, is checked to be that cover's.
 */
async function everything(db: Database) {
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
        columns: { createdAt: false, updatedAt: false },
        with: {
          composers: {
            columns: { position: true },
            with: { composer: { columns: { id: false, createdAt: false } } },
          },
          tracks: { columns: { id: false, soundtrackId: false } },
        },
      },
    },
  });
  const links = await db
    .select({
      soundtrackId: listeningLinks.soundtrackId,
      label: listeningLinks.label,
      url: listeningLinks.url,
      position: listeningLinks.position,
      disc: tracks.disc,
      track: tracks.position,
    })
    .from(listeningLinks)
    .leftJoin(tracks, eq(tracks.id, listeningLinks.trackId))
    .orderBy(asc(listeningLinks.position));
  const covers = await db.select().from(coverImages);
  return rows.map(({ soundtrack: { id, coverImageUrl, ...soundtrack }, ...r }) => {
    const cover = covers.find((c) => c.soundtrackId === id);
    const ownCover = cover && coverImageUrl?.startsWith(`/covers/${id}?v=${+cover.updatedAt}-`);
    return {
      ...r,
      soundtrack: {
        ...soundtrack,
        coverImageUrl: ownCover ? "its stored cover" : coverImageUrl,
        cover: cover && {
          contentType: cover.contentType,
          width: cover.width,
          height: cover.height,
          bytes: cover.bytes.toString("base64"),
        },
        composers: soundtrack.composers.sort((a, b) => a.position - b.position),
        tracks: soundtrack.tracks.sort((a, b) => a.disc - b.disc || a.position - b.position),
        links: links.filter((l) => l.soundtrackId === id).map((l) => ({ ...l, soundtrackId: 0 })),
      },
    };
  });
}

function readDir(path: string): Map<string, Buffer> {
  return new Map(readdirSync(path).map((name) => [name, readFileSync(join(path, name))]));
}

const { db } = await openTestDatabase();
const { importReview } = await import("./queries/review-files");
const { createEditorReview, saveEditorReview } = await import("./queries/review-editor-save");
const { getEditorReview } = await import("./queries/review-editor");
const { saveCover } = await import("./queries/cover-images");
const { setReviewTime } = await import("./queries/review-schedule");
const { getWeeklySlot } = await import("./queries/settings");
const admin = await viewerAccount(db, "ada", { role: "admin" });
const target = connect(targetUrl);

/** A review written in the editor, as its Save writes it; then, if asked, given a new address. */
async function writeInEditor(values: EditorValues, { movedTo }: { movedTo?: string } = {}) {
  const input = editorSchema.parse(formFields(editorForm(values)));
  const { reviewId } = await createEditorReview(input, values, admin.id);
  if (movedTo) {
    const stored = (await getEditorReview(reviewId))!;
    const moved = { ...values, slug: movedTo };
    await saveEditorReview({
      review: stored,
      input: editorSchema.parse(formFields(editorForm(moved, reviewId))),
      snapshot: moved,
      actorId: admin.id,
      kind: "save",
    });
  }
  return (await getEditorReview(reviewId))!;
}

async function reviewCount(on: Database): Promise<number> {
  return (await on.select({ n: count() }).from(reviews))[0]!.n;
}

/** No stack trace: a person is told what is wrong, never where in the code. */
const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at /m);

describe("npm run reviews:export and reviews:import", () => {
  it("exports the site and imports it into an empty database with every field of every review", async () => {
    // The seeded site, and what the editor and earlier imports can add to it.
    await importReview(
      review("several-composers-and-discs", {
        headline: `“Quotes”, 'apostrophes', colons: and # — all in a headline`,
        composers: ["Ottilie Brandquist", "Femi Laskaris", "Zoë Ångström"],
        tracks: [
          { disc: 1, position: 1, title: "99 Luftballons", durationSeconds: 61 },
          { disc: 2, position: 1, title: "Disc 2 Suite", durationSeconds: 3725 },
          { disc: 2, position: 3, title: "Theme (Reprise)", durationSeconds: 0 },
        ],
        links: [
          { label: "The album", url: "https://example.com/a?b=1&c=2", track: null },
          { label: "The suite", url: "https://example.com/s", track: { disc: 2, position: 1 } },
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
    const published = await writeInEditor(
      editorValues({
        summary: "",
        coverAlt: "A lighthouse drawn in one line",
        tracks: [
          trackRow("a", 1, "Opening", "3:05"),
          { ...trackRow("b", 1, "Second disc", "4:00"), disc: "2" },
        ],
        links: [
          { key: "l1", track: "", label: "Bandcamp", url: "https://example.com/album" },
          { key: "l2", track: "b", label: "Spotify", url: "https://example.com/disc-2" },
          { key: "l3", track: "a", label: "YouTube", url: "http://example.com/opening" },
        ],
      }),
      { movedTo: "written-and-moved" },
    );
    const bytes = Buffer.from(png(40, 30));
    await saveCover({
      ...published,
      reviewId: published.id,
      actorId: admin.id,
      bytes,
      image: sniffImage(bytes)!,
    });
    await setReviewTime({
      reviewId: published.id,
      actorId: admin.id,
      headline: published.headline,
      at: new Date(),
      now: new Date(),
      summary: "now",
      slot: await getWeeklySlot(),
    });
    await writeInEditor({
      ...editorValues(),
      composers: [],
      tracks: [],
      links: [],
      body: "",
      summary: "",
    });
    // Enough reviews for the commands to show their progress.
    for (let i = 1; (await reviewCount(db)) <= 50; i++)
      await importReview(review(`filler-${i}`, {}));
    const total = await reviewCount(db);

    const exported = join(dir, "exported");
    const first = await run("reviews-export", [exported], sourceUrl);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(`Exported ${total} reviews to ${exported}\n`);
    expect(first.stderr).toMatch(new RegExp(`^Exporting reviews: ${total} reviews in `, "m"));
    const files = readDir(exported);
    const covers = [...files.keys()].filter((name) => !name.endsWith(".md"));
    expect(covers).toEqual(["written-and-moved.cover.png"]);
    expect(files.get("written-and-moved.cover.png")).toEqual(bytes);
    expect(files.get("written-and-moved.md")!.toString()).toContain(
      "\ncover_file: written-and-moved.cover.png\ncover_alt: A lighthouse drawn in one line\n",
    );

    const started = Date.now();
    const paths = [...files.keys()].filter((n) => n.endsWith(".md")).map((n) => join(exported, n));
    const restored = await run("reviews-import", paths, targetUrl);
    noStackTrace(restored.stderr);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toBe(`Imported ${total} reviews.\n`);
    expect(restored.stderr).toMatch(new RegExp(`^Checking files: ${total} files in `, "m"));
    expect(restored.stderr).toMatch(new RegExp(`^Importing reviews: ${total} files in `, "m"));

    expect(await everything(target.db)).toEqual(await everything(db));
    // The site's instances are told that the lists of reviews changed.
    const [listed] = await target.db.select().from(cacheTags).where(eq(cacheTags.tag, "reviews"));
    expect(listed?.expiredAt).toBeGreaterThanOrEqual(started);

    const again = join(dir, "again");
    expect((await run("reviews-export", [again], targetUrl)).code).toBe(0);
    expect(readDir(again)).toEqual(files);
  }, 120_000);

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
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    const withCover = (name: string, cover: string) =>
      write(
        `${name}.md`,
        `---\ntitle: ${name}\nfilm: ${name}\ncomposer: A B\ntracks: '1. A (1:00)'\ncover_file: ${cover}\n---\nBody\n`,
      );
    const coverless = withCover("coverless", "nowhere.cover.jpg");
    write("words.cover.jpg", "Not a picture, whatever its name says.");
    const notAnImage = withCover("not-an-image", "words.cover.jpg");
    write("huge.cover.png", new Uint8Array(MAX_COVER_BYTES + 1));
    const tooLarge = withCover("too-large", "huge.cover.png");
    const badLink = write(
      "bad-link.md",
      "---\ntitle: L\nfilm: L\ncomposer: A B\ntracks: '1. A (1:00)'\nlinks:\n  - label: Spotify\n    url: spotify:album:1\n    track: 3\n---\nBody\n",
    );
    const cover = write("good.cover.png", png(4, 4));
    const files = [good, bad, missing, folder, coverless, notAnImage, tooLarge, badLink, cover];
    const result = await run("reviews-import", files, targetUrl);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toBe(
      [
        `${bad}: composer: give at least one composer`,
        `${bad}: tracks, line 2 ('Kashmir'): no duration found: end the line with a time like (3:45)`,
        `${missing}: no such file`,
        `${folder}: is a folder; give the .md files in it`,
        `${coverless}: cover_file: ${join(dir, "nowhere.cover.jpg")}: no such file`,
        `${notAnImage}: cover_file: words.cover.jpg: ${NOT_AN_IMAGE}`,
        `${tooLarge}: cover_file: huge.cover.png: ${COVER_TOO_LARGE}`,
        `${badLink}: links, item 1, url: give a web address starting with https://`,
        `${cover}: is a cover: give the .md files, whose covers are read beside them`,
        "Nothing was imported.",
        "",
      ].join("\n"),
    );
    expect(await reviewCount(target.db)).toBe(before);
  }, 60_000);

  it("refuses a file past the editor's limits, naming the field and the limit", async () => {
    const before = await reviewCount(target.db);
    const long = write(
      "long.md",
      `---\ntitle: ${"h".repeat(MAX_HEADLINE_LENGTH + 1)}\nfilm: Long\ncomposer: A B\ntracks: '1. A (1:00)'\n---\n${"b".repeat(MAX_BODY_LENGTH + 1)}\n`,
    );
    expect(await run("reviews-import", [long], targetUrl)).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        `${long}: title: keep the headline to ${MAX_HEADLINE_LENGTH} characters`,
        `${long}: body: keep the review to ${MAX_BODY_LENGTH} characters`,
        `${long}: summary: give one, as the body's first paragraph is longer than ${MAX_SUMMARY_LENGTH} characters`,
        "Nothing was imported.",
        "",
      ].join("\n"),
    });
    expect(await reviewCount(target.db)).toBe(before);
  }, 60_000);

  it("says what is wrong with the folder to export into", async () => {
    const file = write("a-file", "");
    const result = await run("reviews-export", [join(file, "inside")], targetUrl);
    noStackTrace(result.stderr);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `${join(file, "inside")}: is a file, not a folder\nUsage: npm run reviews:export -- <dir>\n`,
    });
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
