"use server";

import { z } from "zod";
import { readerAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import {
  findForeignTrackIds,
  isLiveReviewOf,
  setFavouriteTracks,
  setHideCrowdUntilScored,
  setReaderScore,
} from "@/db/queries/scores";
import { asArray } from "@/lib/action-state";
import { MAX_FAVOURITES, parseScoreInput, TOO_MANY_FAVOURITES } from "@/lib/scores";

const SIGN_IN_TO_SCORE = "Sign in to score this soundtrack.";
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
  trackIds: z.preprocess(
    asArray,
    z
      .array(z.coerce.number().int("Unknown track.").positive("Unknown track."))
      .max(MAX_FAVOURITES, TOO_MANY_FAVOURITES)
      .refine((ids) => new Set(ids).size === ids.length, "Each track can be picked once."),
  ),
});

const crowdSchema = z.object({ ...target, hide: z.enum(["true", "false"]) });

export const saveScore = readerAction(
  { schema: scoreSchema, refused: SIGN_IN_TO_SCORE, invalid: "Check the highlighted field." },
  async ({ slug, soundtrackId, tenths }, { viewer }) => {
    if (!(await isLiveReviewOf(slug, soundtrackId))) return { ok: false, message: NOT_LIVE };
    await setReaderScore(viewer.id, soundtrackId, tenths);
    return {
      ok: true,
      message: tenths === null ? "Score removed." : "Score saved.",
      data: { score: tenths },
      touched: writes.scoreSaved({ soundtrackId, userId: viewer.id }),
    };
  },
);

export const saveFavourites = readerAction(
  {
    schema: favouritesSchema,
    refused: "Sign in to pick your favourite tracks.",
    invalid: "Check the highlighted field.",
  },
  async ({ slug, soundtrackId, trackIds }, { viewer }) => {
    if (!(await isLiveReviewOf(slug, soundtrackId))) return { ok: false, message: NOT_LIVE };
    if ((await findForeignTrackIds(soundtrackId, trackIds)).length > 0) {
      return {
        ok: false,
        message: "Check the highlighted field.",
        fieldErrors: { trackIds: ["Pick tracks from this soundtrack’s track list."] },
      };
    }
    await setFavouriteTracks(viewer.id, soundtrackId, trackIds);
    return {
      ok: true,
      message: trackIds.length === 0 ? "Favourites cleared." : "Favourites saved.",
      data: { picks: trackIds },
      touched: writes.favouritesSaved({ soundtrackId, userId: viewer.id }),
    };
  },
);

export const saveCrowdPreference = readerAction(
  { schema: crowdSchema, refused: SIGN_IN_TO_SCORE },
  async ({ slug, soundtrackId, hide }, { viewer }) => {
    if (!(await isLiveReviewOf(slug, soundtrackId))) return { ok: false, message: NOT_LIVE };
    await setHideCrowdUntilScored(viewer.id, hide === "true");
    return {
      ok: true,
      message:
        hide === "true"
          ? "Saved: the readers’ average stays hidden on reviews you haven’t scored."
          : "Saved: the readers’ average is shown on every review.",
      data: { hide: hide === "true" },
    };
  },
);
