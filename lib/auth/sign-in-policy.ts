/** Five wrong passwords within 15 minutes lock that email for 15 minutes, whether or not it exists. */
export const LOGIN_POLICY = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

export const SIGN_IN_FAILED = "That email and password don’t match an account.";

export function lockedMessage(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
