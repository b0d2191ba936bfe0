"use server";

import { z } from "zod";
import { publicAction, readerAction } from "@/auth/action";
import { mailOrigin, sendAfterResponse } from "@/auth/mail";
import { isEmailVerified, issueTokenForUser, verifyEmailWithToken } from "@/db/queries/auth-tokens";
import {
  ALREADY_VERIFIED,
  DEAD_VERIFY_LINK,
  VERIFICATION_RECENT,
  VERIFICATION_SENT,
  VERIFIED,
} from "@/lib/auth/mail-messages";
import { verifyEmailMail } from "@/lib/mail/account-mail";

export const confirmEmail = publicAction(
  { schema: z.object({ token: z.string().min(1).max(200) }) },
  async ({ token }) => {
    const userId = await verifyEmailWithToken(token);
    return userId ? { ok: true, message: VERIFIED } : { ok: false, message: DEAD_VERIFY_LINK };
  },
);

export const resendVerification = readerAction(
  { schema: z.object({}), refused: "Sign in first, then ask for a new link." },
  async (_input, { viewer }) => {
    if (await isEmailVerified(viewer.id)) return { ok: true, message: ALREADY_VERIFIED };
    const issued = await issueTokenForUser(viewer.id, "verify-email");
    if (!issued) return { ok: false, message: VERIFICATION_RECENT };
    sendAfterResponse(verifyEmailMail(issued, await mailOrigin()));
    return { ok: true, message: VERIFICATION_SENT };
  },
);
