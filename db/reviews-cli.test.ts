import { join } from "node:path";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { EditorValues } from "@/lib/editor-values";
import { sniffImage } from "@/lib/image-sniff";
import { signedVersion } from "@/lib/signed-version";
import { viewerAccount } from "@/lib/testing/admin-actions";
import { editorValues, trackRow } from "@/lib/testing/editor-form";
import { png } from "@/lib/testing/png";
import { connect, type Database } from "./client";
import { openTestDatabase } from "./testing";
import { createDraft, saveInEditor } from "./testing-editor";
import {
  noStackTrace,
  readDir,
  review,
  reviewCount,
  run,
  scratchFolder,
} from "./testing-reviews-cli";
import { cacheTags, coverImages, listeningLinks, reviewImages, reviews, tracks } from "./schema";

const { dir, write } = scratchFolder();
const sourceUrl = process.env.DATABASE_URL!;
const targetUrl = `file:${join(dir, "restored.db")}`;

/**
 * Every review with every field of it, its soundtrack, composers, tracks, listening links and
 * stored cover, in an order of its own: all but the ids a database gives, the times it was
 * written and the author's account, which an export does not carry. A stored cover's address,
 * signed with its soundtrack's id, is checked to be that cover's; each image address in the body
 * is checked to be a stored image of that review's, and stands for its bytes.
 */
async function everything(db: Database) {
  const rows = await db.query.reviews.findMany({
    orderBy: asc(reviews.slug),
    columns: {
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
  const images = await db.select().from(reviewImages);
  const imagesShown = (reviewId: number, body: string) =>
    body.replace(/\/images\/(\d+)\?v=([\w-]+)/g, (address, id: string, version: string) => {
      const image = images.find((i) => i.id === Number(id) && i.reviewId === reviewId);
      if (!image || signedVersion(`image:${id}`, image.createdAt) !== version) return address;
      return `its image ${image.contentType} ${image.width}×${image.height} ${image.bytes.toString("base64")}`;
    });
  return rows.map(({ soundtrack: { id, coverImageUrl, ...soundtrack }, ...r }) => {
    const cover = covers.find((c) => c.soundtrackId === id);
    const ownCover = cover && coverImageUrl?.startsWith(`/covers/${id}?v=${+cover.updatedAt}-`);
    const { id: reviewId, body, ...fields } = r;
    return {
      ...fields,
      body: imagesShown(reviewId, body),
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

const { db } = await openTestDatabase();
const { importReview } = await import("./queries/review-files");
const { getEditorReview } = await import("./queries/review-editor");
const { saveCover } = await import("./queries/cover-images");
const { saveReviewImage } = await import("./queries/review-images");
const { setReviewTime } = await import("./queries/review-schedule");
const { getWeeklySlot } = await import("./queries/settings");
const admin = await viewerAccount(db, "ada", { role: "admin" });
const target = connect(targetUrl);

type EditorChanges = { movedTo?: string; images?: Uint8Array[] };

/**
 * A review written in the editor, as its Save writes it; then, if asked, given a new address, and
 * images uploaded into its body (the first of them shown twice).
 */
async function writeInEditor(values: EditorValues, { movedTo, images = [] }: EditorChanges = {}) {
  const reviewId = await createDraft(values, admin.id);
  if (!movedTo && images.length === 0) return (await getEditorReview(reviewId))!;
  const stored = (await getEditorReview(reviewId))!;
  const shown: string[] = [];
  for (const [i, image] of images.entries()) {
    const bytes = Buffer.from(image);
    const upload = { reviewId, headline: stored.headline, actorId: admin.id, alt: `Image ${i}` };
    const url = await saveReviewImage({ ...upload, bytes, image: sniffImage(bytes)! });
    shown.push(`![Image ${i}](${url})`);
  }
  const body = [values.body, ...shown, ...shown.slice(0, 1)].join("\n\n");
  const changed = { ...values, slug: movedTo ?? values.slug, body };
  await saveInEditor(reviewId, changed, admin.id);
  return (await getEditorReview(reviewId))!;
}

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
      { movedTo: "written-and-moved", images: [png(5, 4), png(6, 7)] },
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
    const images = [...files.keys()].filter((name) => !name.endsWith(".md")).sort();
    expect(images).toEqual([
      "written-and-moved.cover.png",
      "written-and-moved.image-1.png",
      "written-and-moved.image-2.png",
    ]);
    expect(files.get("written-and-moved.cover.png")).toEqual(bytes);
    expect(files.get("written-and-moved.image-1.png")).toEqual(Buffer.from(png(5, 4)));
    expect(files.get("written-and-moved.image-2.png")).toEqual(Buffer.from(png(6, 7)));
    const movedFile = files.get("written-and-moved.md")!.toString();
    expect(movedFile).toContain(
      "\ncover_file: written-and-moved.cover.png\ncover_alt: A lighthouse drawn in one line\n",
    );
    expect(movedFile).toContain(
      "\n\n![Image 0](written-and-moved.image-1.png)\n\n![Image 1](written-and-moved.image-2.png)\n\n![Image 0](written-and-moved.image-1.png)\n",
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
