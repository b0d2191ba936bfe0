"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { publicAction, readerAction } from "@/auth/action";
import { signIn } from "@/auth/config";
import { mailOrigin, sendAfterResponse } from "@/auth/mail";
import { checkCurrentPassword } from "@/app/settings/current-password";
import {
  getConfirmationLink,
  isEmailVerified,
  issueTokenForUser,
  verifyEmailWithToken,
} from "@/db/queries/auth-tokens";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import {
  ALREADY_VERIFIED,
  DEAD_VERIFY_LINK,
  FINISH_SIGN_UP_PASSWORD,
  SIGNED_UP_SIGN_IN,
  VERIFICATION_RECENT,
  VERIFICATION_SENT,
  VERIFIED,
} from "@/lib/auth/mail-messages";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password-length";
import { verifyEmailMail } from "@/lib/mail/account-mail";

const schema = z.object({
  token: z.string().min(1).max(200),
  password: z.string().max(MAX_PASSWORD_LENGTH).optional(),
});

/**
 * Confirms the address a link was mailed to. The link mailed at sign-up also finishes signing up:
 * it asks for the password chosen then (so a stranger holding the mail gets nothing from it), and
 * signs the reader in, back to where they were going.
 */
export const confirmEmail = publicAction(
  { schema, secret: ["password"] },
  async ({ token, password }, { form }) => {
    const dead = { ok: false as const, code: "gone" as const, message: DEAD_VERIFY_LINK };
    const link = await getConfirmationLink(token);
    if (!link) return dead;
    if (!link.signUpPending) {
      return (await verifyEmailWithToken(token)) ? { ok: true, message: VERIFIED } : dead;
    }
    if (!password) {
      return {
        ok: false,
        message: FINISH_SIGN_UP_PASSWORD,
        fieldErrors: { password: [FINISH_SIGN_UP_PASSWORD] },
      };
    }
    const refused = await checkCurrentPassword(link.userId, password, "password");
    if (refused) return refused;
    if (!(await verifyEmailWithToken(token))) return dead;
    try {
      // On success this throws Next's redirect, which the action layer lets through.
      await signIn("credentials", {
        email: link.email,
        password,
        redirectTo: safeCallbackUrl(form.get("callbackUrl")),
      });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
    }
    return { ok: true, message: SIGNED_UP_SIGN_IN };
  },
);

export const resendVerification = readerAction(
  { schema: z.object({}), refused: "Sign in first, then ask for a new link." },
  async (_input, { viewer }) => {
    if (await isEmailVerified(viewer.id)) return { ok: true, message: ALREADY_VERIFIED };
    const issued = await issueTokenForUser(viewer.id, "verify-email");
    if (!issued) return { ok: false, code: "rate-limited", message: VERIFICATION_RECENT };
    sendAfterResponse(verifyEmailMail(issued, { origin: await mailOrigin() }));
    return { ok: true, message: VERIFICATION_SENT };
  },
);
