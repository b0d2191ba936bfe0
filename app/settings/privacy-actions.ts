"use server";

import { z } from "zod";
import { readerAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { setScoresPrivate } from "@/db/queries/account";
import { SCORES_PRIVACY } from "@/lib/taste";

/**
 * A reader hides their scores, or shows them again. Hidden, they still count in every average
 * and histogram; their profile lists none, and they are never compared or suggested.
 */
export const setScoresPrivacy = readerAction(
  { schema: z.object({ private: z.enum(["on", "off"]) }) },
  async (input, { viewer }) => {
    const hidden = input.private === "on";
    await setScoresPrivate(viewer.id, hidden);
    return {
      ok: true,
      message: hidden ? SCORES_PRIVACY.on : SCORES_PRIVACY.off,
      data: { private: hidden },
      touched: writes.scoresPrivacySet({ userId: viewer.id }),
    };
  },
);
