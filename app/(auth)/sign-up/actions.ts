"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createReader, getUserCredentials, isHandleTaken } from "@/db/queries/users";
import { signIn } from "@/lib/auth";
import { signUpSchema } from "@/lib/auth/account-rules";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { hashPassword } from "@/lib/auth/password";
import { formValues, type FormState } from "@/lib/form-state";

type Field = "name" | "handle" | "email" | "password";

export async function signUp(
  _previous: FormState<Field>,
  formData: FormData,
): Promise<FormState<Field>> {
  const { name, handle, email } = formValues(formData, ["name", "handle", "email"]);
  const values = { name, handle, email };
  const parsed = signUpSchema.safeParse(
    formValues(formData, ["name", "handle", "email", "password"]),
  );
  if (!parsed.success) {
    return {
      errors: z.flattenError(parsed.error).fieldErrors,
      message: "Check the highlighted fields.",
      values,
    };
  }
  const created = await createReader({
    name: parsed.data.name,
    handle: parsed.data.handle,
    email: parsed.data.email,
    passwordHash: await hashPassword(parsed.data.password),
  });
  if (!created) {
    if (await isHandleTaken(parsed.data.handle)) {
      return { errors: { handle: ["That username is taken. Try another."] }, values };
    }
    if (await getUserCredentials(parsed.data.email)) {
      return {
        errors: { email: ["An account with this email already exists. Sign in instead."] },
        values,
      };
    }
    return { message: "We couldn’t create your account. Please try again.", values };
  }
  const redirectTo = safeCallbackUrl(formData.get("callbackUrl"));
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo,
    });
  } catch (error) {
    if (error instanceof AuthError)
      redirect(`/sign-in?callbackUrl=${encodeURIComponent(redirectTo)}`);
    throw error;
  }
  return {};
}
