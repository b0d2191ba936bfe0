import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A stored image's version: its time, signed with the site's secret, so that a draft's images are
 * served only at the addresses the editor was given and nobody can fetch them by counting ids.
 */
export function signedVersion(what: string, at: Date): string {
  const ms = at.getTime();
  const signature = createHmac("sha256", env.AUTH_SECRET)
    .update(`${what}:${ms}`)
    .digest("base64url")
    .slice(0, 22);
  return `${ms}-${signature}`;
}

/** The time a version given in an address names, when its signature is the site's own. */
export function versionTime(what: string, version: string | null): Date | undefined {
  const ms = Number(version?.split("-", 1)[0]);
  if (!version || !Number.isSafeInteger(ms)) return undefined;
  const expected = Buffer.from(signedVersion(what, new Date(ms)));
  const given = Buffer.from(version);
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? new Date(ms)
    : undefined;
}
