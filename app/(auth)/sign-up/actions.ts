"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { publicAction } from "@/auth/action";
import { signIn } from "@/auth/config";
import { createReader, getUserCredentials, isHandleTaken } from "@/db/queries/users";
import { signUpSchema } from "@/lib/auth/account-rules";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { hashPassword } from "@/lib/auth/password";

export const signUp = publicAction(
  { schema: signUpSchema, secret: ["password"] },
  async ({ name, handle, email, password }, { form }) => {
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
