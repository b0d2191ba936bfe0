"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  findForeignTrackIds,
  isLiveReviewOf,
  setFavouriteTracks,
  setHideCrowdUntilScored,
  setReaderScore,
} from "@/db/queries/scores";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { MAX_FAVOURITES, parseScoreInput, TOO_MANY_FAVOURITES } from "@/lib/scores";

/** What every score action returns to its form; `values` echo what was sent so nothing is lost on error. */
export type ScoreActionState = {
  ok?: boolean;
  message?: string;
  errors?: Partial<Record<string, string[]>>;
  values?: { score?: string; trackIds?: string[]; hide?: string };
};

const SIGN_IN_TO_SCORE = "Sign in to score this soundtrack.";
const SIGN_IN_TO_PICK = "Sign in to pick your favourite tracks.";
const NOT_LIVE = "This review isn’t open for scores.";
const SCORE_RANGE = "Choose a score from 0 to 10 in half steps.";

const target = {
  slug: z.string().trim().min(1, "Missing review.").max(200),
  soundtrackId: z.coerce.number({ error: "Missing soundtrack." }).int().positive(),
};

const scoreSchema = z
  .object({
    ...target,
    intent: z.enum(["save", "remove"]).default("save"),
    score: z.string().optional(),
  })
  .transform((input, ctx) => {
    if (input.intent === "remove") return { ...input, tenths: null };
    const tenths = parseScoreInput(input.score);
    if (tenths === null) {
      ctx.addIssue({ code: "custom", path: ["score"], message: SCORE_RANGE });
      return z.NEVER;
    }
    return { ...input, tenths };
  });

const favouritesSchema = z.object({
  ...target,
  trackIds: z
    .array(z.coerce.number().int("Unknown track.").positive("Unknown track."))
    .max(MAX_FAVOURITES, TOO_MANY_FAVOURITES)
    .refine((ids) => new Set(ids).size === ids.length, "Each track can be picked once."),
});

const crowdSchema = z.object({ ...target, hide: z.enum(["true", "false"]) });

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

function strings(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((v): v is string => typeof v === "string");
}

function invalid(error: z.ZodError, values: ScoreActionState["values"]): ScoreActionState {
  return {
    errors: z.flattenError(error).fieldErrors,
    message: "Check the highlighted field.",
    values,
  };
}

function revalidate(slug: string, viewer: Viewer) {
  revalidatePath(`/reviews/${slug}`);
  revalidatePath("/u/" + viewer.handle);
}

export async function saveScore(
  _previous: ScoreActionState,
  formData: FormData,
): Promise<ScoreActionState> {
  const viewer = await getViewer();
  if (!viewer) return { message: SIGN_IN_TO_SCORE };
  const values = { score: field(formData, "score") };
  const parsed = scoreSchema.safeParse({
    slug: field(formData, "slug"),
    soundtrackId: field(formData, "soundtrackId"),
    intent: field(formData, "intent") || undefined,
    score: values.score,
  });
  if (!parsed.success) return invalid(parsed.error, values);
  const { slug, soundtrackId, tenths } = parsed.data;
  if (!(await isLiveReviewOf(slug, soundtrackId))) return { message: NOT_LIVE, values };
  await setReaderScore(viewer.id, soundtrackId, tenths);
  revalidate(slug, viewer);
  return {
    ok: true,
    message: tenths === null ? "Score removed." : "Score saved.",
    values: { score: tenths === null ? undefined : String(tenths / 10) },
  };
}

export async function saveFavourites(
  _previous: ScoreActionState,
  formData: FormData,
): Promise<ScoreActionState> {
  const viewer = await getViewer();
  if (!viewer) return { message: SIGN_IN_TO_PICK };
  const values = { trackIds: strings(formData, "trackIds") };
  const parsed = favouritesSchema.safeParse({
    slug: field(formData, "slug"),
    soundtrackId: field(formData, "soundtrackId"),
    trackIds: values.trackIds,
  });
  if (!parsed.success) return invalid(parsed.error, values);
  const { slug, soundtrackId, trackIds } = parsed.data;
  if (!(await isLiveReviewOf(slug, soundtrackId))) return { message: NOT_LIVE, values };
  if ((await findForeignTrackIds(soundtrackId, trackIds)).length > 0) {
    return {
      errors: { trackIds: ["Pick tracks from this soundtrack’s track list."] },
      message: "Check the highlighted field.",
      values,
    };
  }
  await setFavouriteTracks(viewer.id, soundtrackId, trackIds);
  revalidate(slug, viewer);
  return {
    ok: true,
    message: trackIds.length === 0 ? "Favourites cleared." : "Favourites saved.",
    values,
  };
}

export async function saveCrowdPreference(
  _previous: ScoreActionState,
  formData: FormData,
): Promise<ScoreActionState> {
  const viewer = await getViewer();
  if (!viewer) return { message: SIGN_IN_TO_SCORE };
  const values = { hide: field(formData, "hide") };
  const parsed = crowdSchema.safeParse({
    slug: field(formData, "slug"),
    soundtrackId: field(formData, "soundtrackId"),
    hide: values.hide,
  });
  if (!parsed.success) return invalid(parsed.error, values);
  const { slug, soundtrackId, hide } = parsed.data;
  if (!(await isLiveReviewOf(slug, soundtrackId))) return { message: NOT_LIVE, values };
  await setHideCrowdUntilScored(viewer.id, hide === "true");
  revalidate(slug, viewer);
  return {
    ok: true,
    message:
      hide === "true"
        ? "The readers’ average stays hidden until you score."
        : "The readers’ average is shown.",
    values,
  };
}
