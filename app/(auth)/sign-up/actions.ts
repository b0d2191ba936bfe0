"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/auth/action";
import { signIn } from "@/auth/config";
import { mailOrigin, sendAfterResponse } from "@/auth/mail";
import { issueTokenForUser } from "@/db/queries/auth-tokens";
import { getThrottleLock, recordThrottleHits } from "@/db/queries/throttles";
import { createReader, getUserCredentials, isHandleTaken } from "@/db/queries/users";
import { getAdminNames } from "@/db/queries/account";
import { signUpSchema } from "@/lib/auth/account-rules";
import { imitatesName, NAME_RULES } from "@/lib/auth/display-name";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { hashPassword } from "@/lib/auth/password";
import { SIGN_UP_PER_ADDRESS, signUpKey, signUpLimitMessage } from "@/lib/auth/sign-in-policy";
import { clientAddress } from "@/lib/client-address";
import { verifyEmailMail } from "@/lib/mail/account-mail";

export const signUp = publicAction(
  { schema: signUpSchema, secret: ["password"] },
  async ({ name, handle, email, password }, { form }) => {
    if (imitatesName(name, await getAdminNames())) {
      return {
        ok: false,
        message: "Check the highlighted fields.",
        fieldErrors: { name: [NAME_RULES.imitation] },
      };
    }
    const throttle = signUpKey(clientAddress(await headers()));
    const lockedUntil = await getThrottleLock([throttle]);
    if (lockedUntil) return { ok: false, message: signUpLimitMessage(lockedUntil) };
    const created = await createReader({
      name,
      handle,
      email,
      passwordHash: await hashPassword(password),
    });
    if (!created) {
      if (await isHandleTaken(handle)) {
        return {
          ok: false,
          message: "Check the highlighted fields.",
          fieldErrors: { handle: ["That username is taken. Try another."] },
        };
      }
      if (await getUserCredentials(email)) {
        return {
          ok: false,
          message: "Check the highlighted fields.",
          fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
        };
      }
      return { ok: false, message: "We couldn’t create your account. Please try again." };
    }
    await recordThrottleHits([[throttle, SIGN_UP_PER_ADDRESS]]);
    const issued = await issueTokenForUser(created.id, "verify-email");
    if (issued) sendAfterResponse(verifyEmailMail(issued, await mailOrigin()));
    const redirectTo = safeCallbackUrl(form.get("callbackUrl"));
    try {
      await signIn("credentials", { email, password, redirectTo });
    } catch (error) {
      if (error instanceof AuthError)
        redirect(`/sign-in?callbackUrl=${encodeURIComponent(redirectTo)}`);
      throw error;
    }
    return { ok: true, message: "Your account is ready." };
  },
);
