"use server";

import { z } from "zod";
import { publicAction } from "@/auth/action";
import { resetPasswordWithToken } from "@/db/queries/auth-tokens";
import { passwordSchema } from "@/lib/auth/account-rules";
import { DEAD_RESET_LINK, RESET_DONE } from "@/lib/auth/mail-messages";
import { hashPassword } from "@/lib/auth/password";

const schema = z.object({ token: z.string().min(1).max(200), password: passwordSchema });

export const resetPassword = publicAction(
  { schema, secret: ["password"] },
  async ({ token, password }) => {
    const userId = await resetPasswordWithToken(token, await hashPassword(password));
    if (!userId) return { ok: false, code: "gone", message: DEAD_RESET_LINK };
    return { ok: true, message: RESET_DONE };
  },
);
