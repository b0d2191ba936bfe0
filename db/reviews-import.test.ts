import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  COVER_TOO_LARGE,
  IMAGE_TOO_LARGE,
  BODY_IMAGE_MESSAGES,
  MAX_COVER_BYTES,
  NOT_AN_IMAGE,
} from "@/lib/image-sniff";
import { MAX_BODY_LENGTH, MAX_HEADLINE_LENGTH, MAX_SUMMARY_LENGTH } from "@/lib/review-rules";
import { png } from "@/lib/testing/png";
import { openTestDatabase } from "./testing";
import { reviewCount, run, scratchFolder } from "./testing-reviews-cli";
import { reviewImages } from "./schema";

// npm run reviews:import's answers, against this test file's own seeded database.
const { db } = await openTestDatabase();
const url = process.env.DATABASE_URL!;
const { dir, write } = scratchFolder();

/** The command's answer when it refuses the files: each problem a line, and nothing imported. */
const refused = (...problems: string[]) => ({
  code: 1,
  stdout: "",
  stderr: [...problems, "Nothing was imported.", ""].join("\n"),
});

describe("npm run reviews:import", () => {
  it("creates a draft, or schedules one into the next free slot, and says so", async () => {
    const path = write(
      "new.md",
      "---\ntitle: New\nfilm: A New Film\ncomposer: A B\ntracks: |\n  1. One (1:00)\n  2. Two (4:00)\n---\nBody\n",
    );
    const draft = await run("reviews-import", [path], url);
    expect(draft).toMatchObject({
      code: 0,
      stdout: "Created draft 'New' (/reviews/a-new-film), 2 tracks, 5:00\n",
    });
    const later = write("later.md", readFileSync(path, "utf8").replace("A New Film", "Later"));
    const scheduled = await run("reviews-import", [later, "--publish"], url);
    expect(scheduled.code).toBe(0);
    expect(scheduled.stdout).toMatch(
      /^Scheduled 'New' \(\/reviews\/later\) for \w+day \d{1,2} \w+ \d{4}, 09:00 Europe\/London, week \d+, 2 tracks, 5:00\n$/,
    );
  }, 60_000);

  it("refuses a bad or missing file, naming the field and the track line, and writes nothing", async () => {
    const before = await reviewCount(db);
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
    expect(await run("reviews-import", files, url)).toEqual(
      refused(
        `${bad}: composer: give at least one composer`,
        `${bad}: tracks, line 2 ('Kashmir'): no duration found: end the line with a time like (3:45)`,
        `${missing}: no such file`,
        `${folder}: is a folder; give the .md files in it`,
        `${coverless}: cover_file: ${join(dir, "nowhere.cover.jpg")}: no such file`,
        `${notAnImage}: cover_file: words.cover.jpg: ${NOT_AN_IMAGE}`,
        `${tooLarge}: cover_file: huge.cover.png: ${COVER_TOO_LARGE}`,
        `${badLink}: links, item 1, url: give a web address starting with https://`,
        `${cover}: is a cover: give the .md files, whose covers are read beside them`,
      ),
    );
    expect(await reviewCount(db)).toBe(before);
  }, 60_000);

  it("answers --help with its usage, and names a mistyped option above it", async () => {
    const usage = "Usage: npm run reviews:import -- <file.md>... [--publish]\n";
    expect(await run("reviews-import", ["--help"], url)).toEqual({
      code: 0,
      stdout: usage,
      stderr: "",
    });
    const before = await reviewCount(db);
    expect(await run("reviews-import", ["--pubilsh", write("typo.md", "x")], url)).toEqual({
      code: 1,
      stdout: "",
      stderr: `Unknown option --pubilsh.\n${usage}`,
    });
    expect(await reviewCount(db)).toBe(before);
  }, 60_000);

  it("refuses a file past the editor's limits, naming the field and the limit", async () => {
    const before = await reviewCount(db);
    const long = write(
      "long.md",
      `---\ntitle: ${"h".repeat(MAX_HEADLINE_LENGTH + 1)}\nfilm: Long\ncomposer: A B\ntracks: '1. A (1:00)'\n---\n${"b".repeat(MAX_BODY_LENGTH + 1)}\n`,
    );
    expect(await run("reviews-import", [long], url)).toEqual(
      refused(
        `${long}: title: keep the headline to ${MAX_HEADLINE_LENGTH} characters`,
        `${long}: body: keep the review to ${MAX_BODY_LENGTH} characters`,
        `${long}: summary: give one, as the body's first paragraph is longer than ${MAX_SUMMARY_LENGTH} characters`,
      ),
    );
    expect(await reviewCount(db)).toBe(before);
  }, 60_000);

  it("refuses a body's missing, wrong or too large image, naming the file, and writes nothing", async () => {
    const [reviewsBefore, imagesBefore] = [await reviewCount(db), await imageCount()];
    write("fine.image-1.png", png(3, 3));
    write("words.image-1.png", "Not a picture, whatever its name says.");
    write("huge.image-2.png", new Uint8Array(MAX_COVER_BYTES + 1));
    const withImages = (name: string, ...images: string[]) =>
      write(
        `${name}.md`,
        `---\ntitle: ${name}\nfilm: ${name}\ncomposer: A B\ntracks: '1. A (1:00)'\n---\nBody\n\n${images.map((i) => `![An image](${i})`).join("\n\n")}\n`,
      );
    const fine = withImages("fine", "fine.image-1.png");
    const missing = withImages("missing", "fine.image-1.png", "gone.image-3.png");
    const wrong = withImages("wrong", "words.image-1.png", "huge.image-2.png");
    const image = join(dir, "fine.image-1.png");
    expect(await run("reviews-import", [fine, missing, wrong, image], url)).toEqual(
      refused(
        `${missing}: body, image: ${join(dir, "gone.image-3.png")}: no such file`,
        `${wrong}: body, image: words.image-1.png: ${BODY_IMAGE_MESSAGES.notImage}`,
        `${wrong}: body, image: huge.image-2.png: ${IMAGE_TOO_LARGE}`,
        `${image}: is an image of a review's body: give the .md files, whose images are read beside them`,
      ),
    );
    expect([await reviewCount(db), await imageCount()]).toEqual([reviewsBefore, imagesBefore]);
  }, 60_000);
});

async function imageCount(): Promise<number> {
  return (await db.select({ n: count() }).from(reviewImages))[0]!.n;
}
