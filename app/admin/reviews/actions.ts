"use server";

import { z } from "zod";
import { adminAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { getEditorReview, findSlugHolder, type EditorReview } from "@/db/queries/review-editor";
import {
  createEditorReview,
  saveEditorReview,
  type TrackIds,
} from "@/db/queries/review-editor-save";
import { getRevision, getRevisions, recordAutosave } from "@/db/queries/review-revisions";
import { formFields } from "@/lib/action-state";
import {
  bodyPreviewSchema,
  editorSchema,
  reviewIdSchema,
  revisionSchema,
  SESSION_ENDED,
} from "@/lib/editor-schemas";
import {
  editorFields,
  type EditorValues,
  matchStoredTracks,
  type RevisionItem,
  valuesFromFields,
} from "@/lib/editor-values";
import { renderReviewMarkdown } from "@/lib/markdown";
import { trackAnchor } from "@/lib/track-anchor";

const GONE = "That review no longer exists. What you typed is kept in this browser.";
const refused = SESSION_ENDED;

export type SaveData = { reviewId: number; trackIds: TrackIds; revisions: RevisionItem[] };
export type AutosaveData = Partial<SaveData> & {
  /** "draft": the draft itself is saved; "history": a version is kept, the review left as it was. */
  kept: "draft" | "history" | "browser";
  problem?: string;
};

async function slugProblem(slug: string, reviewId?: number): Promise<string | null> {
  const holder = await findSlugHolder(slug, reviewId);
  if (!holder) return null;
  return holder.former
    ? `The address /reviews/${slug} used to be “${holder.headline}”’s, and still leads to it. Choose another.`
    : `The address /reviews/${slug} is taken by “${holder.headline}”. Choose another.`;
}

/** What keeps the form from being saved as it is: its first invalid field, or a taken address. */
async function formProblem(
  parsed: ReturnType<typeof editorSchema.safeParse>,
  reviewId?: number,
): Promise<string | null> {
  if (!parsed.success) return parsed.error.issues[0]?.message ?? "a field needs a change";
  return slugProblem(parsed.data.slug, reviewId);
}

/** What the editor is told after a write: the ids it gave, and the history as it now is. */
async function savedData(reviewId: number, trackIds: TrackIds): Promise<SaveData> {
  return { reviewId, trackIds, revisions: await getRevisions(reviewId) };
}

const changedPage = (review: EditorReview) =>
  review.live ? writes.reviewSaved({ reviewId: review.id }) : undefined;

/** Saves every field: a new draft, or the review as it is (its page too, when it is live). */
export const saveReview = adminAction(
  { schema: editorSchema, refused },
  async (input, { viewer, form }) => {
    const snapshot = valuesFromFields(formFields(form));
    const taken = await slugProblem(input.slug, input.reviewId);
    if (taken) return { ok: false, message: taken, fieldErrors: { slug: [taken] } };
    if (input.reviewId === undefined) {
      const { reviewId, trackIds } = await createEditorReview(input, snapshot, viewer.id);
      const data = await savedData(reviewId, trackIds);
      return { ok: true, message: `“${input.headline}” is saved as a draft.`, data };
    }
    const review = await getEditorReview(input.reviewId);
    if (!review) return { ok: false, code: "gone", message: GONE };
    const trackIds = await saveEditorReview({
      review,
      input,
      snapshot,
      actorId: viewer.id,
      kind: "save",
    });
    return {
      ok: true,
      message: review.live ? "Saved, and the published page shows it." : "Saved.",
      data: await savedData(review.id, trackIds),
      touched: changedPage(review),
    };
  },
);

/**
 * What was typed, kept every few seconds: a draft is saved as it is whenever every field is
 * valid; a published or scheduled review only gets a version in the history, and its page does
 * not change until Save. A new review is created once it can be.
 */
export const autosaveReview = adminAction(
  { schema: z.object({ reviewId: reviewIdSchema.optional() }), refused },
  async ({ reviewId }, { viewer, form }) => {
    const fields = formFields(form);
    const snapshot = valuesFromFields(fields);
    const parsed = editorSchema.safeParse(fields);
    const problem = await formProblem(parsed, reviewId);
    if (reviewId === undefined) {
      if (!parsed.success || problem) {
        const data: AutosaveData = { kept: "browser", problem: problem ?? undefined };
        return { ok: false, message: `Kept in this browser only: ${problem}`, data };
      }
      const created = await createEditorReview(parsed.data, snapshot, viewer.id, "autosave");
      const data: AutosaveData = {
        kept: "draft",
        ...(await savedData(created.reviewId, created.trackIds)),
      };
      return { ok: true, message: "Draft saved.", data };
    }
    const review = await getEditorReview(reviewId);
    if (!review) return { ok: false, code: "gone", message: GONE };
    if (review.status === "draft" && parsed.success && !problem) {
      const input = parsed.data;
      const trackIds = await saveEditorReview({
        review,
        input,
        snapshot,
        actorId: viewer.id,
        kind: "autosave",
      });
      const data: AutosaveData = { kept: "draft", ...(await savedData(reviewId, trackIds)) };
      return { ok: true, message: "Draft saved.", data };
    }
    await recordAutosave(reviewId, snapshot, viewer.id);
    const data: AutosaveData = {
      kept: "history",
      reviewId,
      revisions: await getRevisions(reviewId),
      problem: problem ?? undefined,
    };
    return { ok: true, message: "Kept in the history.", data };
  },
);

/** The body as the public page renders it, quoted track titles linked. */
export const renderBodyPreview = adminAction(
  { schema: bodyPreviewSchema, refused },
  async ({ body, tracks }) => {
    const anchors = tracks.map((t) => ({ title: t.title, anchor: trackAnchor(t) }));
    return { ok: true, message: "", data: { html: await renderReviewMarkdown(body, anchors) } };
  },
);

type RevisionData = { values: EditorValues; createdAt: number };

/** One version from the history, to compare with the form. */
export const showRevision = adminAction(
  { schema: revisionSchema, refused },
  async ({ reviewId, revisionId }) => {
    const revision = await getRevision(reviewId, revisionId);
    if (!revision) return { ok: false, message: "That version is no longer in the history." };
    const data: RevisionData = { values: revision.values, createdAt: revision.createdAt.getTime() };
    return { ok: true, message: "", data };
  },
);

export type RestoreData = SaveData & { values: EditorValues };

/** Puts a version back, as a save would (the published page too), and keeps it in the history. */
export const restoreRevision = adminAction(
  { schema: revisionSchema, refused },
  async ({ reviewId, revisionId }, { viewer }) => {
    const [review, revision] = await Promise.all([
      getEditorReview(reviewId),
      getRevision(reviewId, revisionId),
    ]);
    if (!review) return { ok: false, code: "gone", message: GONE };
    if (!revision) return { ok: false, message: "That version is no longer in the history." };
    const tracks = matchStoredTracks(revision.values.tracks, review.values.tracks);
    const values: EditorValues = { ...revision.values, tracks };
    const parsed = editorSchema.safeParse(editorFields(values));
    const problem = await formProblem(parsed, reviewId);
    if (!parsed.success || problem) {
      return {
        ok: false,
        message: `That version cannot be restored as it is (${problem}). Compare it, and copy what you need.`,
      };
    }
    const input = parsed.data;
    const trackIds = await saveEditorReview({
      review,
      input,
      snapshot: values,
      actorId: viewer.id,
      kind: "restore",
    });
    const restored = {
      ...values,
      tracks: tracks.map((t) => ({ ...t, id: trackIds[t.key] ?? null })),
    };
    const data: RestoreData = {
      ...(await savedData(reviewId, trackIds)),
      values: restored,
    };
    return {
      ok: true,
      message: "That version is restored.",
      data,
      touched: changedPage(review),
    };
  },
);
