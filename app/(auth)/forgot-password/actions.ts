"use server";

import { z } from "zod";
import { publicAction } from "@/auth/action";
import { mailOrigin, sendAfterResponse } from "@/auth/mail";
import { issueTokenForEmail } from "@/db/queries/auth-tokens";
import { accountEmailSchema } from "@/lib/auth/account-rules";
import { RESET_REQUESTED } from "@/lib/auth/mail-messages";
import { resetPasswordMail } from "@/lib/mail/account-mail";

const schema = z.object({ email: accountEmailSchema });

export const requestPasswordReset = publicAction({ schema }, async ({ email }) => {
  const issued = await issueTokenForEmail(email, "reset-password");
  if (issued) sendAfterResponse(resetPasswordMail(issued, await mailOrigin()));
  return { ok: true, message: RESET_REQUESTED };
});
