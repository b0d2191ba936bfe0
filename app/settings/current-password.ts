import "server-only";
import { getAccountSettings } from "@/db/queries/account";
import { clearThrottle, getThrottleLock, recordThrottleHits } from "@/db/queries/throttles";
import { verifyPassword } from "@/lib/auth/password";
import {
  CURRENT_PASSWORD_PER_ACCOUNT,
  currentPasswordKey,
  lockedMessage,
} from "@/lib/auth/sign-in-policy";
import { SETTINGS_MESSAGES as M } from "@/lib/auth/settings-messages";

async function currentPasswordError(userId: string, password: string): Promise<string | null> {
  const key = currentPasswordKey(userId);
  const lockedUntil = await getThrottleLock([key]);
  if (lockedUntil) return lockedMessage(lockedUntil);
  const account = await getAccountSettings(userId);
  if (!account?.passwordHash) return M.noPassword;
  if (await verifyPassword(password, account.passwordHash)) {
    await clearThrottle(key);
    return null;
  }
  await recordThrottleHits([[key, CURRENT_PASSWORD_PER_ACCOUNT]]);
  return M.wrongPassword;
}

/**
 * Refuses a change unless `password` is the account's current one (and guessing it has not
 * locked the account's changes for a while): the answer for the form, its error under `field`,
 * or null when it is right.
 */
export async function checkCurrentPassword<F extends string>(
  userId: string,
  password: string,
  field: F,
) {
  const error = await currentPasswordError(userId, password);
  if (!error) return null;
  const fieldErrors = { [field]: [error] } as Partial<Record<F, string[]>>;
  return { ok: false as const, message: M.invalid, fieldErrors };
}
