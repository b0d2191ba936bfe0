"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { getLoginLock } from "@/db/queries/users";
import { signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInSchema } from "@/lib/auth/account-rules";
import { lockedMessage, SIGN_IN_FAILED } from "@/lib/auth/sign-in-policy";
import { formValues, type FormState } from "@/lib/form-state";

type Field = "email" | "password";

export async function signInWithPassword(
  _previous: FormState<Field>,
  formData: FormData,
): Promise<FormState<Field>> {
  const { email } = formValues(formData, ["email"]);
  const values = { email };
  const parsed = signInSchema.safeParse(formValues(formData, ["email", "password"]));
  if (!parsed.success) {
    return {
      errors: z.flattenError(parsed.error).fieldErrors,
      message: "Check the highlighted fields.",
      values,
    };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(formData.get("callbackUrl")),
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const lockedUntil = await getLoginLock(parsed.data.email);
    return { message: lockedUntil ? lockedMessage(lockedUntil) : SIGN_IN_FAILED, values };
  }
  return {};
}

export async function signInWithProvider(formData: FormData) {
  const provider = z.enum(["github", "google"]).safeParse(formData.get("provider"));
  if (!provider.success) return;
  await signIn(provider.data, { redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
}
