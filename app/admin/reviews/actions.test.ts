import { and, asc, count, eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import {
  auditLog,
  composers,
  favouriteTracks,
  listeningLinks,
  reviewRevisions,
  reviewSlugRedirects,
  soundtracks,
  tracks,
} from "@/db/schema";
import { formFields, IDLE } from "@/lib/action-state";
import { publishReview, revisionKinds, storedReview } from "@/lib/testing/editor-db";
import { viewerAccount } from "@/lib/testing/admin-actions";
import {
  editorForm as form,
  editorValues as values,
  trackRow as row,
} from "@/lib/testing/editor-form";

const clock = vi.hoisted(() => ({ at: new Date("2026-11-25T12:00:00Z") }));
vi.mock("@/auth/viewer", () => ({ getViewer: vi.fn(), getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
vi.mock("@/db/clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

const { db } = await openTestDatabase({ now: clock.at });
const { getViewer } = await import("@/auth/viewer");
const { revalidateTag } = await import("next/cache");
const { getLiveReviewBySlug } = await import("@/db/queries/reviews");
const { getMovedReview } = await import("@/db/queries/review-slugs");
const { createEditorReview, saveEditorReview } = await import("@/db/queries/review-editor-save");
const { getEditorReview } = await import("@/db/queries/review-editor");
const { saveReview } = await import("./actions");

const admin = await viewerAccount(db, "ada_ed", { role: "admin", name: "Ada" });

async function create(v = values()) {
  const state = await saveReview(IDLE, form(v));
  expect(state.status, state.message).toBe("ok");
  const data = state.data!;
  return { id: data.reviewId, values: v, trackIds: data.trackIds };
}

const review = (id: number) => storedReview(db, id);
const trackRows = async (soundtrackId: number) =>
  db
    .select()
    .from(tracks)
    .where(eq(tracks.soundtrackId, soundtrackId))
    .orderBy(asc(tracks.disc), asc(tracks.position));
const total = async (table: SQLiteTable) => (await db.select({ n: count() }).from(table))[0]!.n;

const publish = (id: number) => publishReview(db, id, new Date("2026-11-20T09:00:00Z"));

beforeEach(() => {
  clock.at = new Date("2026-11-25T12:00:00Z");
  vi.mocked(getViewer).mockResolvedValue(admin);
  vi.mocked(revalidateTag).mockClear();
});

describe("creating and saving a review", () => {
  it("creates the soundtrack, composers, tracks, links and draft at once, with a revision and an audit line", async () => {
    const v = values();
    const { id, trackIds } = await create(v);
    const stored = await review(id);
    expect(stored).toMatchObject({
      headline: v.headline,
      slug: v.slug,
      status: "draft",
      criticScore: 85,
      authorId: admin.id,
    });
    const soundtrack = (
      await db.select().from(soundtracks).where(eq(soundtracks.id, stored!.soundtrackId))
    )[0];
    expect(soundtrack).toMatchObject({ filmTitle: v.filmTitle, filmYear: 2024 });
    const rows = await trackRows(stored!.soundtrackId);
    expect(rows.map((t) => [t.position, t.title, t.durationSeconds])).toEqual([
      [1, "Opening", 185],
      [2, "Middle", 240],
      [3, "End", 150],
    ]);
    expect(trackIds).toEqual({ a: rows[0]!.id, b: rows[1]!.id, c: rows[2]!.id });
    const links = await db
      .select()
      .from(listeningLinks)
      .where(eq(listeningLinks.soundtrackId, stored!.soundtrackId))
      .orderBy(asc(listeningLinks.position));
    expect(links.map((l) => [l.label, l.trackId])).toEqual([
      ["Bandcamp", null],
      ["Spotify", rows[1]!.id],
    ]);
    // The existing composer is reused, the new one created.
    const balfes = await db.select().from(composers).where(eq(composers.slug, "lorne-balfe"));
    expect(balfes).toHaveLength(1);
    expect(await revisionKinds(db, id)).toEqual(["save"]);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(id)));
    expect(entry).toMatchObject({
      action: "review.created",
      actorId: admin.id,
      summary: v.headline,
    });
    expect(revalidateTag).not.toHaveBeenCalled();
    expect(await getLiveReviewBySlug(v.slug)).toBeUndefined();
  });

  it("refuses an address another review has, naming it, and writes nothing", async () => {
    const first = await create();
    const before = await total(soundtracks);
    const state = await saveReview(IDLE, form(values({ slug: first.values.slug })));
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.slug).toEqual([
      `The address /reviews/${first.values.slug} is taken by “${first.values.headline}”. Choose another.`,
    ]);
    expect(await total(soundtracks)).toBe(before);
  });

  it("writes nothing of a new review when a part of it fails", async () => {
    const taken = await create();
    const v = values({ slug: taken.values.slug, composers: ["Nobody Yet Stored"] });
    const counts = async () => [
      await total(soundtracks),
      await total(tracks),
      await total(reviewRevisions),
    ];
    const before = await counts();
    const { editorSchema } = await import("@/lib/editor-schemas");
    const input = editorSchema.parse(formFields(form(v)));
    await expect(createEditorReview(input, v, admin.id)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(
      await db.select().from(composers).where(eq(composers.slug, "nobody-yet-stored")),
    ).toEqual([]);
  });

  it("writes nothing of a save when a part of it fails", async () => {
    const other = await create();
    const mine = await create();
    const current = (await getEditorReview(mine.id))!;
    const before = await trackRows(current.soundtrackId);
    const { editorSchema } = await import("@/lib/editor-schemas");
    const changed = values({
      slug: other.values.slug,
      tracks: [row("z", 1, "Only", "1:00")],
      links: [],
    });
    const input = editorSchema.parse(formFields(form(changed)));
    await expect(
      saveEditorReview({
        review: current,
        input,
        snapshot: changed,
        actorId: admin.id,
        kind: "save",
      }),
    ).rejects.toThrow();
    expect(await trackRows(current.soundtrackId)).toEqual(before);
    expect(await review(mine.id)).toMatchObject({ headline: mine.values.headline });
    expect(await revisionKinds(db, mine.id)).toEqual(["save"]);
  });

  it("updates the tracks in place: moved and renamed rows keep their ids and readers' favourites", async () => {
    const { id, values: v, trackIds } = await create();
    const soundtrackId = (await review(id))!.soundtrackId;
    await db
      .insert(favouriteTracks)
      .values({ userId: admin.id, trackId: trackIds.b!, soundtrackId });
    const rows = v.tracks.map((t) => ({ ...t, id: trackIds[t.key]! }));
    const edited = {
      ...v,
      // "Middle" moves to the top and is renamed, "End" goes, a new track joins.
      tracks: [
        { ...rows[1]!, position: "1", title: "Middle (Extended)" },
        { ...rows[0]!, position: "2" },
        row("d", 3, "Bonus", "1:11"),
      ],
    };
    const state = await saveReview(IDLE, form(edited, id));
    expect(state.status, state.message).toBe("ok");
    const after = await trackRows(soundtrackId);
    expect(after.map((t) => [t.id, t.position, t.title])).toEqual([
      [trackIds.b, 1, "Middle (Extended)"],
      [trackIds.a, 2, "Opening"],
      [state.data!.trackIds.d, 3, "Bonus"],
    ]);
    const favourites = await db
      .select()
      .from(favouriteTracks)
      .where(eq(favouriteTracks.soundtrackId, soundtrackId));
    expect(favourites.map((f) => f.trackId)).toEqual([trackIds.b]);
    // The link to the renamed track still points at it.
    const [trackLink] = await db
      .select()
      .from(listeningLinks)
      .where(
        and(eq(listeningLinks.soundtrackId, soundtrackId), eq(listeningLinks.label, "Spotify")),
      );
    expect(trackLink?.trackId).toBe(trackIds.b);
    expect(await revisionKinds(db, id)).toEqual(["save", "save"]);
  });

  it("keeps the old address of a live review, leading to the new one; a draft's is not kept", async () => {
    const draft = await create();
    await saveReview(
      IDLE,
      form({ ...draft.values, slug: `${draft.values.slug}-renamed` }, draft.id),
    );
    expect(
      await db.select().from(reviewSlugRedirects).where(eq(reviewSlugRedirects.reviewId, draft.id)),
    ).toEqual([]);

    const live = await create();
    await publish(live.id);
    const newSlug = `${live.values.slug}-moved`;
    const state = await saveReview(IDLE, form({ ...live.values, slug: newSlug }, live.id));
    expect(state.status, state.message).toBe("ok");
    expect(await getMovedReview(live.values.slug)).toEqual({ id: live.id, slug: newSlug });
    expect((await getLiveReviewBySlug(newSlug))?.id).toBe(live.id);
    expect(vi.mocked(revalidateTag).mock.calls.map((c) => c[0])).toEqual([
      "reviews",
      `review:${live.id}`,
    ]);

    // Another review may not take the old address while it leads there.
    const refused = await saveReview(IDLE, form(values({ slug: live.values.slug })));
    expect(refused.fieldErrors?.slug?.[0]).toContain("used to be");
    // Going back to the old address takes it back.
    await saveReview(IDLE, form({ ...live.values }, live.id));
    expect(await getMovedReview(live.values.slug)).toBeUndefined();
    expect(await getMovedReview(newSlug)).toEqual({ id: live.id, slug: live.values.slug });
  });
});
