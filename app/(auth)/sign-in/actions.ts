"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { publicAction } from "@/auth/action";
import { isPrimaryDown } from "@/db/replica.mjs";
import { AccountLocked, AccountSuspended, signIn, signOut } from "@/auth/config";
import { signInSchema } from "@/lib/auth/account-rules";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { lockedMessage, SIGN_IN_FAILED } from "@/lib/auth/sign-in-policy";
import { suspendedMessage } from "@/lib/moderation";

export const signInWithPassword = publicAction(
  { schema: signInSchema, secret: ["password"] },
  async ({ email, password }, { form }) => {
    try {
      // On success this throws Next's redirect, which the action layer lets through.
      await signIn("credentials", {
        email,
        password,
        redirectTo: safeCallbackUrl(form.get("callbackUrl")),
      });
    } catch (error) {
      // A sign-in the database could not record is no wrong password: the action says so.
      if (!(error instanceof AuthError) || isPrimaryDown(error)) throw error;
      if (error instanceof AccountSuspended) {
        return { ok: false, message: suspendedMessage(error.reason) };
      }
      if (error instanceof AccountLocked) {
        return { ok: false, code: "rate-limited", message: lockedMessage(error.until) };
      }
      return { ok: false, message: SIGN_IN_FAILED };
    }
    return { ok: true, message: "You are signed in." };
  },
);

export const signInWithProvider = publicAction(
  { schema: z.object({ provider: z.enum(["github", "google"]) }) },
  async ({ provider }, { form }) => {
    await signIn(provider, { redirectTo: safeCallbackUrl(form.get("callbackUrl")) });
    return { ok: true, message: "" };
  },
);

/** Anyone may sign out, a reader banned mid-session included. */
export const signOutOfThisBrowser = publicAction({ schema: z.object({}) }, async () => {
  await signOut({ redirect: false });
  return { ok: true, message: "You are signed out." };
});
