import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { viewerAccount } from "@/lib/testing/admin-actions";
import { publishReview } from "@/lib/testing/editor-db";
import { editorValues } from "@/lib/testing/editor-form";
import { openTestDatabase } from "../testing";
import { createDraft, saveInEditor } from "../testing-editor";
import { readFeaturedReview } from "../seed-data/featured";
import { cacheTags } from "../schema";

const { db } = await openTestDatabase();
const { findSlugHolder } = await import("./review-editor");
const { setReviewTime, unpublishReview } = await import("./review-schedule");
const { importReview } = await import("./review-files");
const { getWeeklySlot } = await import("./settings");
const admin = await viewerAccount(db, "ada_pub", { role: "admin" });

/** When each tag was last marked invalidated in the database, as every instance reads it. */
async function marked(...tags: string[]) {
  const rows = await db.select().from(cacheTags).where(inArray(cacheTags.tag, tags));
  return Object.fromEntries(rows.map((r) => [r.tag, r.expiredAt]));
}

async function newDraft(slug: string) {
  const values = { ...editorValues(), slug };
  return { reviewId: await createDraft(values, admin.id), values };
}

describe("a review's writes, as every instance of the site learns of them", () => {
  it("marks a draft's nothing, and a review's lists and page when it goes on or off the site", async () => {
    const { reviewId } = await newDraft("marked-when-published");
    expect(await marked("reviews", `review:${reviewId}`)).toEqual({});

    const before = Date.now();
    const change = { reviewId, actorId: admin.id, headline: "Marked" };
    const at = new Date();
    await setReviewTime({ ...change, at, now: at, summary: "now", slot: await getWeeklySlot() });
    const published = await marked("reviews", `review:${reviewId}`);
    expect(Object.keys(published).sort()).toEqual(["review:" + reviewId, "reviews"]);
    for (const time of Object.values(published)) expect(time).toBeGreaterThanOrEqual(before);

    const later = Date.now();
    await unpublishReview({ ...change, now: new Date() });
    for (const time of Object.values(await marked("reviews", `review:${reviewId}`)))
      expect(time).toBeGreaterThanOrEqual(later);
  });

  it("marks a live review's page when the editor saves it, and a draft's nothing", async () => {
    const { reviewId, values } = await newDraft("saved-while-live");
    const save = () =>
      saveInEditor(reviewId, { ...values, headline: `${values.headline} again` }, admin.id);
    await save();
    expect(await marked(`review:${reviewId}`)).toEqual({});
    await publishReview(db, reviewId, new Date(Date.now() - 60_000));
    const before = Date.now();
    await save();
    expect((await marked(`review:${reviewId}`))[`review:${reviewId}`]).toBeGreaterThanOrEqual(
      before,
    );
  });

  it("marks the lists when an import puts a review on the site", async () => {
    const before = Date.now();
    const fallout = readFeaturedReview();
    await importReview({
      ...fallout,
      slug: "imported-and-live",
      soundtrackSlug: "imported-and-live",
      status: "published",
      publishedAt: new Date("2020-01-07T09:00:00Z"),
      weekNumber: null,
    });
    expect((await marked("reviews")).reviews).toBeGreaterThanOrEqual(before);
  });
});

describe("one slug policy: a taken slug is refused, never changed", () => {
  it("refuses a new review the address another review's soundtrack keeps as its slug", async () => {
    const { reviewId, values } = await newDraft("kept-by-its-soundtrack");
    await saveInEditor(reviewId, { ...values, slug: "moved-elsewhere" }, admin.id);
    // A draft moved: no review has its old address, but its soundtrack keeps the slug.
    expect(await findSlugHolder("kept-by-its-soundtrack")).toEqual({
      headline: values.headline,
      former: false,
    });
    // The review itself, saved again, keeps its own soundtrack.
    expect(await findSlugHolder("kept-by-its-soundtrack", reviewId)).toBeUndefined();
  });
});
