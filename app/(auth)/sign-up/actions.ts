"use server";

import { headers } from "next/headers";
import { publicAction } from "@/auth/action";
import { mailOrigin, sendAfterResponse } from "@/auth/mail";
import { getAdminNames } from "@/db/queries/account";
import { issueTokenForUser } from "@/db/queries/auth-tokens";
import { takeThrottleHit } from "@/db/queries/throttles";
import { createReader, getUserCredentials, isHandleTaken } from "@/db/queries/users";
import { signUpSchema } from "@/lib/auth/account-rules";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { imitatesName, NAME_RULES } from "@/lib/auth/display-name";
import { signUpMailed } from "@/lib/auth/mail-messages";
import { hashPassword } from "@/lib/auth/password";
import {
  SIGN_UP_NOTICE_PER_ACCOUNT,
  SIGN_UP_PER_ADDRESS,
  signUpKey,
  signUpLimitMessage,
  signUpNoticeKey,
} from "@/lib/auth/sign-in-policy";
import { clientAddress } from "@/lib/client-address";
import { signUpAttemptMail, verifyEmailMail } from "@/lib/mail/account-mail";

const INVALID = "Check the highlighted fields.";
const HANDLE_TAKEN = { handle: ["That username is taken. Try another."] };

/** Tells the owner of a known address that someone tried to sign up with it, within the limit. */
async function noticeToOwner(email: string) {
  const owner = await getUserCredentials(email);
  if (!owner?.email || owner.bannedAt) return;
  if (await takeThrottleHit(signUpNoticeKey(owner.id), SIGN_UP_NOTICE_PER_ACCOUNT)) return;
  sendAfterResponse(
    signUpAttemptMail({ email: owner.email, name: owner.name }, await mailOrigin()),
  );
}

/**
 * Signing up answers the same for an address new here and for one with an account, after the
 * same work (the password is hashed either way, and either way a mail goes after the answer): a
 * new account waits for the link mailed to it, and the owner of a known address is told someone
 * tried. Every attempt that reaches here counts toward the address's sign-up limit.
 */
export const signUp = publicAction(
  { schema: signUpSchema, secret: ["password"] },
  async ({ name, handle, email, password }, { form }) => {
    const throttle = signUpKey(clientAddress(await headers()));
    const lockedUntil = await takeThrottleHit(throttle, SIGN_UP_PER_ADDRESS);
    if (lockedUntil) {
      return { ok: false, code: "rate-limited", message: signUpLimitMessage(lockedUntil) };
    }
    if (imitatesName(name, await getAdminNames())) {
      return { ok: false, message: INVALID, fieldErrors: { name: [NAME_RULES.imitation] } };
    }
    // Usernames are public (/u/<username>): saying one is taken tells nothing about an email.
    if (await isHandleTaken(handle))
      return { ok: false, message: INVALID, fieldErrors: HANDLE_TAKEN };
    const passwordHash = await hashPassword(password);
    const created = await createReader({ name, handle, email, passwordHash });
    if (created) {
      const issued = await issueTokenForUser(created.id, "verify-email");
      const then = safeCallbackUrl(form.get("callbackUrl"));
      if (issued) sendAfterResponse(verifyEmailMail(issued, { then, origin: await mailOrigin() }));
    } else if (await isHandleTaken(handle)) {
      return { ok: false, message: INVALID, fieldErrors: HANDLE_TAKEN };
    } else {
      await noticeToOwner(email);
    }
    return { ok: true, message: signUpMailed(email) };
  },
);
