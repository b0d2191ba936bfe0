import { and, asc, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import { auditLog, reviewRevisions, reviews } from "@/db/schema";
import { IDLE } from "@/lib/action-state";
import { toFormData } from "@/lib/editor-values";
import { publishReview, revisionKinds, storedReview } from "@/lib/testing/editor-db";
import { viewerAccount } from "@/lib/testing/admin-actions";
import { editorForm as form, editorValues as values } from "@/lib/testing/editor-form";

const clock = vi.hoisted(() => ({ at: new Date("2026-11-25T12:00:00Z") }));
vi.mock("@/auth/viewer", () => ({ getViewer: vi.fn(), getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
vi.mock("@/db/clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

const { db } = await openTestDatabase({ now: clock.at });
const { getViewer } = await import("@/auth/viewer");
const { revalidateTag } = await import("next/cache");
const { getLiveReviewBySlug } = await import("@/db/queries/reviews");
const { getRevision, getRevisions } = await import("@/db/queries/review-revisions");
const { autosaveReview, renderBodyPreview, restoreRevision, saveReview, showRevision } =
  await import("./actions");

const admin = await viewerAccount(db, "ada_hist", { role: "admin", name: "Ada" });

async function create(v = values()) {
  const state = await saveReview(IDLE, form(v));
  expect(state.status, state.message).toBe("ok");
  return { id: state.data!.reviewId, values: v };
}

const review = (id: number) => storedReview(db, id);
const reviewCount = async () => (await db.select({ n: count() }).from(reviews))[0]!.n;

const publish = (id: number) => publishReview(db, id, new Date("2026-11-20T09:00:00Z"));

beforeEach(() => {
  clock.at = new Date("2026-11-25T12:00:00Z");
  vi.mocked(getViewer).mockResolvedValue(admin);
  vi.mocked(revalidateTag).mockClear();
});

describe("autosave", () => {
  it("saves a draft's fields as they are typed, in one version of the history", async () => {
    const { id, values: v } = await create();
    for (const body of ["First words.", "First words, then more."]) {
      const state = await autosaveReview(IDLE, form({ ...v, body }, id));
      expect(state).toMatchObject({ status: "ok", data: { kept: "draft" } });
    }
    expect((await review(id))?.body).toBe("First words, then more.");
    expect(await revisionKinds(db, id)).toEqual(["save", "autosave"]);
  });

  it("keeps a draft that cannot be saved yet in the history, and says why", async () => {
    const { id, values: v } = await create();
    const state = await autosaveReview(
      IDLE,
      form({ ...v, headline: "", body: "Half a thought" }, id),
    );
    expect(state).toMatchObject({
      status: "ok",
      data: { kept: "history", problem: "Give the review a headline." },
    });
    expect(await review(id)).toMatchObject({ headline: v.headline, body: v.body });
    const [latest] = await db
      .select()
      .from(reviewRevisions)
      .where(and(eq(reviewRevisions.reviewId, id), eq(reviewRevisions.kind, "autosave")));
    expect(latest?.snapshot).toMatchObject({ headline: "", body: "Half a thought" });
  });

  it("does not change a live review: its edits wait in the history until Save", async () => {
    const { id, values: v } = await create();
    await publish(id);
    const state = await autosaveReview(IDLE, form({ ...v, body: "Not ready for readers." }, id));
    expect(state).toMatchObject({ status: "ok", data: { kept: "history" } });
    expect((await review(id))?.body).toBe(v.body);
    expect((await getLiveReviewBySlug(v.slug))?.body).toBe(v.body);
    expect(revalidateTag).not.toHaveBeenCalled();
    expect(await revisionKinds(db, id)).toEqual(["save", "autosave"]);
  });

  it("creates a new review once it can, and before that keeps it in the browser only", async () => {
    const before = await reviewCount();
    const early = await autosaveReview(IDLE, form(values({ filmTitle: "" })));
    expect(early).toMatchObject({
      status: "error",
      message: "Kept in this browser only: Give the film’s title.",
      data: { kept: "browser" },
    });
    expect(await reviewCount()).toBe(before);
    const v = values();
    const state = await autosaveReview(IDLE, form(v));
    expect(state).toMatchObject({ status: "ok", data: { kept: "draft" } });
    expect(await review(state.data!.reviewId!)).toMatchObject({ slug: v.slug, status: "draft" });
  });
});

describe("how often autosaves become versions", () => {
  const later = (ms: number) => (clock.at = new Date(clock.at.getTime() + ms));
  const typing = async (id: number, v: ReturnType<typeof values>, words: string[]) => {
    for (const word of words) {
      const state = await autosaveReview(IDLE, form({ ...v, body: `${v.body} ${word}` }, id));
      expect(state.status, state.message).toBe("ok");
      later(1000);
    }
  };

  it("keeps at most one autosaved version a minute while an admin types, on the site's clock", async () => {
    const { id, values: v } = await create();
    later(60_000);
    await typing(id, v, ["one", "two", "three", "four", "five"]);
    expect(await revisionKinds(db, id)).toEqual(["save", "autosave"]);
    const [kept] = await getRevisions(id);
    expect((await getRevision(id, kept!.id))?.values.body).toBe(`${v.body} five`);

    // A minute after that version began, the next autosave starts another.
    later(56_000);
    await typing(id, v, ["six"]);
    expect(await revisionKinds(db, id)).toEqual(["save", "autosave", "autosave"]);
  });

  it("keeps a live review's typing the same way, in the history only", async () => {
    const { id, values: v } = await create();
    await publish(id);
    later(60_000);
    await typing(id, v, ["one", "two", "three"]);
    expect(await revisionKinds(db, id)).toEqual(["save", "autosave"]);
    expect((await review(id))?.body).toBe(v.body);
  });

  it("lets a Save take over the autosave just before it, so leaving a field for Save is one version", async () => {
    const { id, values: v } = await create();
    later(60_000);
    await typing(id, v, ["more"]);
    await saveReview(IDLE, form({ ...v, body: `${v.body} more` }, id));
    expect(await revisionKinds(db, id)).toEqual(["save", "save"]);
  });

  it("starts a draft made while typing with an autosaved version, which the typing goes on in", async () => {
    const v = values();
    const created = await autosaveReview(IDLE, form(v));
    const id = created.data!.reviewId!;
    later(1000);
    await typing(id, v, ["and", "more"]);
    expect(await revisionKinds(db, id)).toEqual(["autosave"]);
  });
});

describe("revisions", () => {
  it("shows a version, and restores it as a save with its own revision and audit line", async () => {
    const { id, values: v } = await create();
    await saveReview(IDLE, form({ ...v, headline: "Second thoughts", body: "Rewritten." }, id));
    const [first] = await db
      .select({ id: reviewRevisions.id })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, id))
      .orderBy(asc(reviewRevisions.id));
    const fields = (revisionId: number) =>
      toFormData({ reviewId: String(id), revisionId: String(revisionId) });
    const shown = await showRevision(IDLE, fields(first!.id));
    expect(shown.data?.values).toMatchObject({ headline: v.headline, body: v.body });

    const restored = await restoreRevision(IDLE, fields(first!.id));
    expect(restored.status, restored.message).toBe("ok");
    expect(await review(id)).toMatchObject({ headline: v.headline, body: v.body });
    expect(restored.data?.values.tracks.every((t) => t.id !== null)).toBe(true);
    expect(await revisionKinds(db, id)).toEqual(["save", "save", "restore"]);
    expect(restored.data?.revisions.map((r) => r.kind)).toEqual(["restore", "save", "save"]);
    const audit = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, String(id)));
    expect(audit.map((a) => a.action)).toEqual([
      "review.created",
      "review.saved",
      "review.restored",
    ]);

    const other = await create();
    const wrongReview = fields(first!.id);
    wrongReview.set("reviewId", String(other.id));
    expect(await restoreRevision(IDLE, wrongReview)).toMatchObject({ status: "error" });
  });
});

describe("the body's live preview", () => {
  it("renders as the public page does, quoted track titles linked", async () => {
    const data = toFormData({
      body: "Listen to “Middle”.\n\n<script>alert(1)</script>",
      tracks: JSON.stringify([{ disc: "1", position: "2", title: "Middle" }]),
    });
    const state = await renderBodyPreview(IDLE, data);
    expect(state.data?.html).toBe(
      '<p>Listen to “<a href="#track-1-2" class="track-ref">Middle</a>”.</p>',
    );
  });
});
