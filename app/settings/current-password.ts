import "server-only";
import { getAccountSettings } from "@/db/queries/account";
import { verifyPassword } from "@/lib/auth/password";
import { SETTINGS_MESSAGES as M } from "@/lib/auth/settings-messages";

/**
 * Refuses a change unless `password` is the account's current one: the answer for the form,
 * its error under `field`, or null when it is right.
 */
export async function checkCurrentPassword<F extends string>(
  userId: string,
  password: string,
  field: F,
) {
  const account = await getAccountSettings(userId);
  const error = !account?.passwordHash
    ? M.noPassword
    : (await verifyPassword(password, account.passwordHash))
      ? null
      : M.wrongPassword;
  if (!error) return null;
  const fieldErrors = { [field]: [error] } as Partial<Record<F, string[]>>;
  return { ok: false as const, message: M.invalid, fieldErrors };
}
