"use server";

import { z } from "zod";
import { readerAction } from "@/auth/action";
import { signOut } from "@/auth/config";
import { mailOrigin, sendAfterResponse } from "@/auth/mail";
import { getViewerSession } from "@/auth/viewer";
import { writes } from "@/cache/tags";
import {
  changeEmail,
  changePassword,
  deleteAccount,
  getAccountFootprint,
  getAdminNames,
  getCommentedReviewIds,
  renameAccount,
} from "@/db/queries/account";
import { issueTokenForUser } from "@/db/queries/auth-tokens";
import { getReaderNewsletter } from "@/db/queries/newsletter-subscribers";
import { endAllSessions } from "@/db/queries/sessions";
import { nameSchema, newEmailSchema, passwordSchema } from "@/lib/auth/account-rules";
import { imitatesName, NAME_RULES } from "@/lib/auth/display-name";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password-length";
import { hashPassword } from "@/lib/auth/password";
import { SETTINGS_MESSAGES as M } from "@/lib/auth/settings-messages";
import { verifyEmailMail } from "@/lib/mail/account-mail";
import { READER_NEWSLETTER } from "@/lib/newsletter";
import { checkCurrentPassword } from "./current-password";

const currentPassword = z.string().min(1, M.passwordMissing).max(MAX_PASSWORD_LENGTH);

export const changeName = readerAction(
  { schema: z.object({ name: nameSchema }) },
  async ({ name }, { viewer }) => {
    if (imitatesName(name, await getAdminNames(viewer.id))) {
      return { ok: false, message: M.invalid, fieldErrors: { name: [NAME_RULES.imitation] } };
    }
    await renameAccount(viewer.id, name);
    const reviewIds = await getCommentedReviewIds(viewer.id);
    return {
      ok: true,
      message: `Your name is now ${name}.`,
      values: { name },
      touched: writes.accountRenamed({ userId: viewer.id, reviewIds }),
    };
  },
);

export const changeEmailAddress = readerAction(
  {
    schema: z.object({
      email: newEmailSchema,
      emailPassword: currentPassword,
    }),
    secret: ["emailPassword"],
  },
  async ({ email, emailPassword }, { viewer }) => {
    const refused = await checkCurrentPassword(viewer.id, emailPassword, "emailPassword");
    if (refused) return refused;
    const before = await getReaderNewsletter(viewer.id);
    if ((await changeEmail(viewer.id, email)) === "taken") {
      return { ok: false, message: M.invalid, fieldErrors: { email: [M.emailTaken] } };
    }
    const issued = await issueTokenForUser(viewer.id, "verify-email");
    if (issued) sendAfterResponse(verifyEmailMail(issued, { origin: await mailOrigin() }));
    const newsletter =
      before?.state === "subscribed" && before.email !== email
        ? ` ${READER_NEWSLETTER.addressChanged}`
        : "";
    return {
      ok: true,
      message: `Your email is now ${email}. ${issued ? M.linkSent : M.linkHeld}${newsletter}`,
      values: { email },
    };
  },
);

export const changeAccountPassword = readerAction(
  {
    schema: z.object({ currentPassword, newPassword: passwordSchema }),
    secret: ["currentPassword", "newPassword"],
  },
  async ({ currentPassword, newPassword }, { viewer }) => {
    const refused = await checkCurrentPassword(viewer.id, currentPassword, "currentPassword");
    if (refused) return refused;
    const session = await getViewerSession();
    if (!session) return { ok: false, code: "session-ended", message: M.signedOut };
    await changePassword(viewer.id, await hashPassword(newPassword), session.sessionId);
    return {
      ok: true,
      message: M.passwordChanged,
      values: { currentPassword: "", newPassword: "" },
    };
  },
);

export const signOutEverywhere = readerAction(
  { schema: z.object({}) },
  async (_input, { viewer }) => {
    await endAllSessions(viewer.id);
    await signOut({ redirect: false });
    return { ok: true, message: M.signedOutEverywhere };
  },
);

export const deleteOwnAccount = readerAction(
  { schema: z.object({ deletePassword: currentPassword }), secret: ["deletePassword"] },
  async ({ deletePassword }, { viewer }) => {
    if (viewer.role === "admin") return { ok: false, message: M.adminNotDeleted };
    const refused = await checkCurrentPassword(viewer.id, deletePassword, "deletePassword");
    if (refused) return refused;
    const footprint = await getAccountFootprint(viewer.id);
    if (!(await deleteAccount(viewer.id))) return { ok: false, message: M.notDeleted };
    await signOut({ redirect: false });
    return {
      ok: true,
      message: M.deleted,
      touched: writes.accountDeleted({ userId: viewer.id, ...footprint }),
    };
  },
);
