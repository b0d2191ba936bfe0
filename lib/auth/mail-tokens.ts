import { createHash, randomBytes } from "node:crypto";

const HOUR_MS = 60 * 60 * 1000;

/** How long a mailed link works: an hour to reset a password, a day to confirm an address. */
export const TOKEN_LIFETIME_MS: Record<"reset-password" | "verify-email", number> = {
  "reset-password": HOUR_MS,
  "verify-email": 24 * HOUR_MS,
};

/**
 * Mail of one kind to one account: none within a minute of the last, at most three an hour.
 * Asking again is answered the same way, and sends nothing.
 */
export const MAIL_THROTTLE = { intervalMs: 60 * 1000, windowMs: HOUR_MS, maxPerWindow: 3 };

/** A new token for a link: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a token: its SHA-256, so a copy of the database opens nothing. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
