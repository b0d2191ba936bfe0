import { asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sniffImage } from "@/lib/image-sniff";
import type { ReviewFile } from "@/lib/review-file";
import { png } from "@/lib/testing/png";
import { openTestDatabase } from "../testing";
import { review } from "../testing-reviews-cli";
import {
  auditLog,
  composers,
  listeningLinks,
  reviews,
  soundtrackComposers,
  soundtracks,
  tracks,
} from "../schema";

// The seed puts week 1 in the slot of Tuesday 24 November 2026, 09:00 Europe/London.
const NOW = new Date("2026-11-25T12:00:00Z");
const { db } = await openTestDatabase({ now: NOW });
const { importReview } = await import("./review-files");
const { getImportConflicts } = await import("./review-file-conflicts");
const { getReviewsForExport } = await import("./review-exports");
const { getCover } = await import("./cover-images");

async function rowCounts() {
  const tables = [soundtracks, reviews, tracks, composers, soundtrackComposers, auditLog];
  return Promise.all(tables.map(async (t) => (await db.select({ n: count() }).from(t))[0]!.n));
}

async function stored(slug: string) {
  return db.query.reviews.findFirst({
    where: eq(reviews.slug, slug),
    with: { soundtrack: { with: { composers: { with: { composer: true } }, tracks: true } } },
  });
}

describe("importReview", () => {
  it("creates a draft with its soundtrack, tracks and composers, reusing a composer by name", async () => {
    const placed = await importReview(
      review("a-draft", { composers: ["Ondine Marrowfield", "Ada New"] }),
      { now: NOW },
    );
    expect(placed).toEqual({
      status: "draft",
      publishedAt: null,
      weekNumber: null,
      scheduled: false,
    });
    const row = await stored("a-draft");
    expect(row?.status).toBe("draft");
    expect(row?.soundtrack.tracks).toHaveLength(26);
    expect(row?.soundtrack.composers.map((c) => [c.composer.name, c.composer.sortName])).toEqual([
      ["Ondine Marrowfield", "Marrowfield, Ondine"],
      ["Ada New", "New, Ada"],
    ]);
    const ondines = await db
      .select()
      .from(composers)
      .where(eq(composers.name, "Ondine Marrowfield"));
    expect(ondines).toHaveLength(1);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(row!.id)));
    expect(audit).toMatchObject({ actorId: null, action: "review.imported", targetType: "review" });
    // One time for the whole write: the review, its soundtrack, new composer and audit line.
    const [ada] = await db.select().from(composers).where(eq(composers.name, "Ada New"));
    const times = [row!.createdAt, row!.soundtrack.createdAt, ada!.createdAt, audit!.createdAt];
    expect(times.map((t) => t.getTime())).toEqual(times.map(() => NOW.getTime()));
  });

  it("publishes into the next free weekly slot, numbering the week from week 1", async () => {
    const first = await importReview(review("next-week"), { publish: true, now: NOW });
    expect(first).toMatchObject({ status: "scheduled", weekNumber: 2, scheduled: true });
    expect(first.publishedAt?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    const second = await importReview(review("week-after"), { publish: true, now: NOW });
    expect(second.publishedAt?.toISOString()).toBe("2026-12-08T09:00:00.000Z");
    expect(second.weekNumber).toBe(3);
    const row = await stored("week-after");
    expect(row).toMatchObject({ status: "scheduled", weekNumber: 3 });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(row!.id)));
    expect(audit?.action).toBe("review.scheduled");
  });

  it("keeps no week number for a draft, and numbers the week a review goes out in", async () => {
    const draft = await importReview(
      review("draft-of-week-4", { status: "draft", weekNumber: 4 }),
      {
        now: NOW,
      },
    );
    expect(draft.weekNumber).toBeNull();
    expect((await stored("draft-of-week-4"))?.weekNumber).toBeNull();
    const placed = await importReview(review("in-week-4"), { publish: true, now: NOW });
    expect(placed.publishedAt?.toISOString()).toBe("2026-12-15T09:00:00.000Z");
    expect(placed.weekNumber).toBe(4);
  });

  it("puts an exported review back as its file says, and publishes an exported draft if asked", async () => {
    const at = new Date("2027-03-02T09:00:00Z");
    const kept = await importReview(
      review("kept", { status: "scheduled", publishedAt: at, weekNumber: 15, criticScore: 85 }),
      { publish: true, now: NOW },
    );
    expect(kept).toEqual({
      status: "scheduled",
      publishedAt: at,
      weekNumber: 15,
      scheduled: false,
    });
    expect(await stored("kept")).toMatchObject({ criticScore: 85, weekNumber: 15 });
    const draft = await importReview(review("was-a-draft", { status: "draft" }), {
      publish: true,
      now: NOW,
    });
    expect(draft).toMatchObject({ status: "scheduled", weekNumber: 5, scheduled: true });
  });

  it("refuses a slug already taken, or a week number another week has, and writes nothing", async () => {
    const before = await rowCounts();
    await expect(importReview(review("mission-impossible-fallout"), { now: NOW })).rejects.toThrow(
      "slug: 'mission-impossible-fallout' is already taken; give the file another slug",
    );
    const elsewhen = review("week-one-a-week-late", {
      status: "published",
      publishedAt: new Date("2026-12-01T09:00:00Z"),
      weekNumber: 1,
    });
    await expect(importReview(elsewhen, { now: NOW })).rejects.toThrow(
      "week: week 1 is taken by 'mission-impossible-fallout', which goes out in another week",
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("puts a second review of week 1 back in week 1", async () => {
    const second = review("week-one-again", {
      status: "published",
      publishedAt: NOW,
      weekNumber: 1,
    });
    expect(await importReview(second, { now: NOW })).toMatchObject({ weekNumber: 1 });
  });
});

describe("a review's links and cover", () => {
  it("are imported with it: each link on its album or track, the cover at its own address", async () => {
    const bytes = Buffer.from(png(12, 8));
    const cover = { image: sniffImage(bytes)!, bytes };
    const links = [
      { label: "Album", url: "https://example.com/album", track: null },
      { label: "Kashmir", url: "https://example.com/kashmir", track: { disc: 1, position: 18 } },
    ];
    await importReview(review("linked", { soundtrackSlug: "linked-soundtrack", links }), {
      now: NOW,
      cover,
    });
    const row = await stored("linked");
    expect(row?.soundtrack.slug).toBe("linked-soundtrack");
    const linked = await db
      .select({
        label: listeningLinks.label,
        title: tracks.title,
        position: listeningLinks.position,
      })
      .from(listeningLinks)
      .leftJoin(tracks, eq(tracks.id, listeningLinks.trackId))
      .where(eq(listeningLinks.soundtrackId, row!.soundtrackId))
      .orderBy(asc(listeningLinks.position));
    expect(linked).toEqual([
      { label: "Album", title: null, position: 0 },
      { label: "Kashmir", title: "Kashmir", position: 1 },
    ]);
    const url = new URL(row!.soundtrack.coverImageUrl!, "http://site.test");
    expect(url.pathname).toBe(`/covers/${row!.soundtrackId}`);
    const served = await getCover(row!.soundtrackId, url.searchParams.get("v"));
    expect(served).toEqual({ contentType: "image/png", bytes });
  });
});

describe("getImportConflicts", () => {
  it("finds slugs taken in the database or twice, and week numbers given to two weeks", async () => {
    const at = (iso: string) => new Date(iso);
    const conflicts = await getImportConflicts([
      { slug: "fresh", status: null, publishedAt: null, weekNumber: null },
      { slug: "glasswater-meridian", status: null, publishedAt: null, weekNumber: null },
      { slug: "fresh", status: "published", publishedAt: at("2026-12-01T09:00Z"), weekNumber: 1 },
      {
        slug: "fresher",
        status: "scheduled",
        publishedAt: at("2028-01-04T09:00Z"),
        weekNumber: 90,
      },
      // The same week as the one before: a second review of week 90.
      {
        slug: "freshest",
        status: "scheduled",
        publishedAt: at("2028-01-07T09:00Z"),
        weekNumber: 90,
      },
      {
        slug: "freshly",
        status: "scheduled",
        publishedAt: at("2028-01-11T09:00Z"),
        weekNumber: 90,
      },
    ]);
    expect(conflicts).toEqual([
      {
        index: 1,
        message: "slug: 'glasswater-meridian' is already taken; give the file another slug",
      },
      { index: 2, message: "slug: another file has the slug 'fresh' too" },
      {
        index: 2,
        message:
          "week: week 1 is taken by 'mission-impossible-fallout', which goes out in another week",
      },
      { index: 5, message: "week: another file gives week 90 to another week" },
    ]);
  });

  it("finds a soundtrack's slug taken, by the field the file gave it in", async () => {
    const conflicts = await getImportConflicts([
      {
        slug: "a-review",
        soundtrackSlug: "glasswater-meridian",
        status: null,
        publishedAt: null,
        weekNumber: null,
      },
      {
        slug: "b-review",
        soundtrackSlug: "same-soundtrack",
        status: null,
        publishedAt: null,
        weekNumber: null,
      },
      {
        slug: "c-review",
        soundtrackSlug: "same-soundtrack",
        status: null,
        publishedAt: null,
        weekNumber: null,
      },
      { slug: "same-soundtrack", status: null, publishedAt: null, weekNumber: null },
    ]);
    expect(conflicts).toEqual([
      {
        index: 0,
        message:
          "soundtrack_slug: 'glasswater-meridian' is already taken; give the file another soundtrack_slug",
      },
      {
        index: 2,
        message: "soundtrack_slug: another file's soundtrack has the slug 'same-soundtrack' too",
      },
      { index: 3, message: "slug: another file's soundtrack has the slug 'same-soundtrack' too" },
    ]);
  });

  it("does not hold a draft's week against it", async () => {
    const candidate = { slug: "fresh", status: "draft" as const, publishedAt: null, weekNumber: 1 };
    expect(await getImportConflicts([candidate], { publish: true })).toEqual([]);
    expect(await getImportConflicts([candidate])).toEqual([]);
  });
});

describe("getReviewsForExport", () => {
  it("reads every review once, a page at a time, with all its file carries", async () => {
    const pages: ReviewFile[][] = [];
    for await (const page of getReviewsForExport(3)) pages.push(page);
    expect(pages.slice(0, -1).every((page) => page.length === 3)).toBe(true);
    const all = pages.flat();
    const [{ n }] = (await db.select({ n: count() }).from(reviews)) as [{ n: number }];
    expect(all).toHaveLength(n);
    expect(new Set(all.map((r) => r.slug)).size).toBe(n);
    const fallout = all.find((r) => r.slug === "mission-impossible-fallout");
    const original = review("mission-impossible-fallout");
    expect(fallout).toEqual({
      ...original,
      filmTitle: "Mission: Impossible – Fallout",
      filmYear: 2018,
      status: "published",
      publishedAt: new Date("2026-11-24T09:00:00Z"),
      weekNumber: 1,
      storedCover: null,
    });
    const draft = all.find((r) => r.slug === "a-draft");
    expect(draft?.composers).toEqual(["Ondine Marrowfield", "Ada New"]);
  });
});
