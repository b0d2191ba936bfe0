/**
 * Sign-in and sign-up throttling. Failures count per address and email together, so a stranger
 * guessing from their own address locks only themselves out of that email, never its owner
 * signing in from elsewhere; failures per address over all emails stop one address spraying
 * passwords; sign-up attempts per address, whatever came of them, stop sign-up in bulk and
 * trying one email after another.
 */
export type ThrottleRule = { maxHits: number; windowSeconds: number; lockSeconds: number };

/** Five wrong passwords for one email from one address within 15 minutes lock that pair for 15 minutes. */
export const SIGN_IN_PER_EMAIL: ThrottleRule = {
  maxHits: 5,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

/** Twenty wrong passwords from one address within 15 minutes, whatever the emails, lock its sign-ins. */
export const SIGN_IN_PER_ADDRESS: ThrottleRule = {
  maxHits: 20,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

/**
 * Ten sign-up attempts from one address within an hour, new or known emails alike; the next waits
 * an hour.
 */
export const SIGN_UP_PER_ADDRESS: ThrottleRule = {
  maxHits: 10,
  windowSeconds: 60 * 60,
  lockSeconds: 60 * 60,
};

/**
 * "Someone tried to sign up with your address" goes to an account at most three times within an
 * hour, then not for an hour: sign-ups from many addresses cannot fill its owner's inbox.
 */
export const SIGN_UP_NOTICE_PER_ACCOUNT: ThrottleRule = {
  maxHits: 3,
  windowSeconds: 60 * 60,
  lockSeconds: 60 * 60,
};

export function signUpNoticeKey(userId: string): string {
  return `sign-up-notice:${userId}`;
}

/**
 * Five wrong current passwords on the settings page within 15 minutes stop its changes for 15
 * minutes: a borrowed or stolen session cannot guess the password it needs to take the account.
 */
export const CURRENT_PASSWORD_PER_ACCOUNT: ThrottleRule = {
  maxHits: 5,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

export function currentPasswordKey(userId: string): string {
  return `current-password:${userId}`;
}

export function signInKeys(address: string, email: string) {
  return { pair: `sign-in:${address}|${email.toLowerCase()}`, address: `sign-in:${address}` };
}

export function signUpKey(address: string): string {
  return `sign-up:${address}`;
}

export const SIGN_IN_FAILED =
  "That email and password don’t match an account. Just signed up? Follow the link we mailed you first.";

export function minutesUntil(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function lockedMessage(until: Date, now = new Date()): string {
  return `Too many failed attempts. Try again in ${minutesUntil(until, now)}.`;
}

export function signUpLimitMessage(until: Date, now = new Date()): string {
  return `Too many sign-ups from your network. Try again in ${minutesUntil(until, now)}.`;
}
