import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import { auditLog, coverImages, previewLinks, reviewImages, soundtracks } from "@/db/schema";
import { IDLE } from "@/lib/action-state";
import { toFormData as fields } from "@/lib/editor-values";
import { ALT_REQUIRED } from "@/lib/body-images";
import {
  BODY_IMAGE_MESSAGES,
  COVER_TOO_LARGE,
  MAX_COVER_BYTES,
  NOT_AN_IMAGE,
} from "@/lib/image-sniff";
import { insertDraftReview, viewerAccount } from "@/lib/testing/admin-actions";
import { png } from "@/lib/testing/png";

const clock = vi.hoisted(() => ({ at: new Date("2026-11-25T12:00:00Z") }));
vi.mock("@/auth/viewer", () => ({ getViewer: vi.fn(), getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
vi.mock("@/db/clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

const { db } = await openTestDatabase({ now: clock.at });
const { getViewer } = await import("@/auth/viewer");
const { getPreviewReviewId } = await import("@/db/queries/preview-links");
const { createPreviewLink, revokePreviewLink, uploadCover, uploadReviewImage } =
  await import("./share-actions");
const { GET: getCover } = await import("@/app/covers/[id]/route");
const { GET: getBodyImage } = await import("@/app/images/[id]/route");

const admin = await viewerAccount(db, "ada_share", { role: "admin", name: "Ada" });
const reader = await viewerAccount(db, "rita_share");

let unique = 0;
const draft = () => insertDraftReview(db, `shared-${(unique += 1)}`);

const cover = (url: string) =>
  getCover(new Request(`http://test${url}`), {
    params: Promise.resolve({ id: new URL(url, "http://test").pathname.split("/")[2]! }),
  });

const bodyImage = (url: string) =>
  getBodyImage(new Request(`http://test${url}`), {
    params: Promise.resolve({ id: new URL(url, "http://test").pathname.split("/")[2]! }),
  });

beforeEach(() => {
  clock.at = new Date("2026-11-25T12:00:00Z");
  vi.mocked(getViewer).mockResolvedValue(admin);
});

describe("preview links", () => {
  it("opens the review until it expires, then nothing", async () => {
    const review = await draft();
    const state = await createPreviewLink(IDLE, fields({ reviewId: String(review.id) }));
    expect(state).toMatchObject({
      status: "ok",
      message: "A preview link is ready. It works for 7 days.",
    });
    const token = state.data!.token!;
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(state.data!.links).toEqual([
      { token, expiresAt: new Date("2026-12-02T12:00:00Z").getTime() },
    ]);
    expect(await getPreviewReviewId(token, clock.at)).toBe(review.id);

    clock.at = new Date("2026-12-02T11:59:59Z");
    expect(await getPreviewReviewId(token, clock.at)).toBe(review.id);
    clock.at = new Date("2026-12-02T12:00:00Z");
    expect(await getPreviewReviewId(token, clock.at)).toBeUndefined();
    const later = await revokePreviewLink(IDLE, fields({ reviewId: String(review.id), token }));
    expect(later.data?.links).toEqual([]);
  });

  it("lasts the days asked for, and stops at once when revoked", async () => {
    const review = await draft();
    const made = await createPreviewLink(IDLE, fields({ reviewId: String(review.id), days: "1" }));
    expect(made.message).toBe("A preview link is ready. It works for 1 day.");
    const token = made.data!.token!;
    const revoked = await revokePreviewLink(IDLE, fields({ reviewId: String(review.id), token }));
    expect(revoked).toMatchObject({ status: "ok", data: { links: [] } });
    expect(await getPreviewReviewId(token, clock.at)).toBeUndefined();
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, String(review.id)));
    expect(actions.map((a) => a.action)).toEqual([
      "review.preview-shared",
      "review.preview-revoked",
    ]);
  });

  it("revokes nothing with another review's token, says so, and logs nothing", async () => {
    const [mine, theirs] = [await draft(), await draft()];
    const made = await createPreviewLink(IDLE, fields({ reviewId: String(theirs.id) }));
    const token = made.data!.token!;
    const logged = () => db.$count(auditLog, eq(auditLog.action, "review.preview-revoked"));
    const before = await logged();
    const state = await revokePreviewLink(IDLE, fields({ reviewId: String(mine.id), token }));
    expect(state).toMatchObject({
      status: "error",
      message:
        "This review has no such link: it was revoked already, or it belongs to another review.",
      data: { links: [] },
    });
    expect(await logged()).toBe(before);
    // The other review's link still works, and revoking it there is logged once.
    expect(await getPreviewReviewId(token, clock.at)).toBe(theirs.id);
    await revokePreviewLink(IDLE, fields({ reviewId: String(theirs.id), token }));
    await revokePreviewLink(IDLE, fields({ reviewId: String(theirs.id), token }));
    expect(await logged()).toBe(before + 1);
  });

  it("refuses a number of days out of range", async () => {
    const review = await draft();
    for (const days of ["0", "91", "two"]) {
      const state = await createPreviewLink(IDLE, fields({ reviewId: String(review.id), days }));
      expect(state.fieldErrors?.days).toEqual(["Give a number of days from 1 to 90."]);
    }
    expect(
      await db.select().from(previewLinks).where(eq(previewLinks.reviewId, review.id)),
    ).toEqual([]);
  });
});

describe("cover upload", () => {
  it("goes by the bytes: a PNG named cover.jpg is stored as a PNG and served as one", async () => {
    const review = await draft();
    const image = new File([png(3, 2)], "cover.jpg", { type: "image/jpeg" });
    const state = await uploadCover(IDLE, fields({ reviewId: String(review.id), cover: image }));
    expect(state).toMatchObject({ status: "ok", message: "The cover is saved (3 × 2)." });
    const [stored] = await db
      .select()
      .from(coverImages)
      .where(eq(coverImages.soundtrackId, review.soundtrackId));
    expect(stored).toMatchObject({ contentType: "image/png", width: 3, height: 2 });
    const [soundtrack] = await db
      .select()
      .from(soundtracks)
      .where(eq(soundtracks.id, review.soundtrackId));
    expect(soundtrack?.coverImageUrl).toMatch(
      new RegExp(`^/covers/${review.soundtrackId}\\?v=${stored!.updatedAt.getTime()}-[\\w-]{22}$`),
    );
    expect(state.data?.url).toBe(soundtrack?.coverImageUrl);

    const served = await cover(soundtrack!.coverImageUrl!);
    expect(served.status).toBe(200);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      "content-type": "image/png",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    });
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png(3, 2));

    // Only that address: not without its version, not with the bare upload time, not a forgery.
    const at = stored!.updatedAt.getTime();
    for (const guess of ["", `?v=${at}`, `?v=${at}-${"A".repeat(22)}`]) {
      expect((await cover(`/covers/${review.soundtrackId}${guess}`)).status).toBe(404);
    }
  });

  it("refuses a text file named cover.png, and a file over the limit, storing nothing", async () => {
    const review = await draft();
    const text = new File(["This is not a picture."], "cover.png", { type: "image/png" });
    const notImage = await uploadCover(IDLE, fields({ reviewId: String(review.id), cover: text }));
    expect(notImage).toMatchObject({ status: "error", fieldErrors: { cover: [NOT_AN_IMAGE] } });
    const large = new Uint8Array(MAX_COVER_BYTES + 1);
    large.set(png(1, 1));
    const tooLarge = await uploadCover(
      IDLE,
      fields({ reviewId: String(review.id), cover: new File([large], "big.png") }),
    );
    expect(tooLarge).toMatchObject({ status: "error", fieldErrors: { cover: [COVER_TOO_LARGE] } });
    expect(COVER_TOO_LARGE).toBe("The cover must be 2 MB or smaller.");
    const missing = await uploadCover(IDLE, fields({ reviewId: String(review.id) }));
    expect(missing.fieldErrors?.cover).toEqual(["Choose the cover image first."]);
    expect(
      await db.select().from(coverImages).where(eq(coverImages.soundtrackId, review.soundtrackId)),
    ).toEqual([]);
    expect((await cover(`/covers/${review.soundtrackId}`)).status).toBe(404);
  });

  it("answers 404 for a cover that is not there", async () => {
    for (const id of ["999999", "abc", "0", "1.5"]) {
      const response = await getCover(new Request("http://test/covers"), {
        params: Promise.resolve({ id }),
      });
      expect(response.status).toBe(404);
    }
  });
});

describe("images in the body", () => {
  const upload = (reviewId: number, extra: Record<string, string | File>) =>
    uploadReviewImage(IDLE, fields({ reviewId: String(reviewId), ...extra }));
  const imageRows = (reviewId: number) =>
    db.select().from(reviewImages).where(eq(reviewImages.reviewId, reviewId));

  it("stores a checked image with its alt text and gives back its Markdown, served at that address only", async () => {
    const review = await draft();
    const file = new File([png(5, 4)], "sleeve.jpg", { type: "image/jpeg" });
    const state = await upload(review.id, { image: file, alt: "  The [deluxe] sleeve " });
    expect(state).toMatchObject({
      status: "ok",
      message: "The image is added to the review (5 × 4).",
    });
    const [stored] = await imageRows(review.id);
    expect(stored).toMatchObject({ contentType: "image/png", width: 5, height: 4 });
    const at = stored!.createdAt.getTime();
    const markdown = (state.data as { markdown: string }).markdown;
    expect(markdown).toMatch(
      new RegExp(
        `^!\\[The \\\\\\[deluxe\\\\\\] sleeve\\]\\(/images/${stored!.id}\\?v=${at}-[\\w-]{22}\\)$`,
      ),
    );
    const url = markdown.match(/\((.+)\)$/)![1]!;
    const served = await bodyImage(url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png(5, 4));
    for (const guess of ["", `?v=${at}`, `?v=${at}-${"A".repeat(22)}`]) {
      expect((await bodyImage(`/images/${stored!.id}${guess}`)).status).toBe(404);
    }
  });

  it("refuses an image without alt text, a file that is not an image, and a reader, storing nothing", async () => {
    const review = await draft();
    const image = new File([png(2, 2)], "still.png", { type: "image/png" });
    const noAlt = await upload(review.id, { image, alt: "   " });
    expect(noAlt.fieldErrors?.alt).toEqual([ALT_REQUIRED]);
    const text = new File(["Not a picture."], "still.png", { type: "image/png" });
    const notImage = await upload(review.id, { image: text, alt: "A still" });
    expect(notImage.fieldErrors?.image).toEqual([BODY_IMAGE_MESSAGES.notImage]);
    const missing = await upload(review.id, { alt: "A still" });
    expect(missing.fieldErrors?.image).toEqual([BODY_IMAGE_MESSAGES.missing]);
    vi.mocked(getViewer).mockResolvedValue(reader);
    const refused = await upload(review.id, { image, alt: "A still" });
    expect(refused.status).toBe("error");
    expect(await imageRows(review.id)).toEqual([]);
  });
});
