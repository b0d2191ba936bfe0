/**
 * The caller's address, for throttling. Next.js fills X-Forwarded-For with the socket's address
 * when the request has none; a reverse proxy in front appends the address it saw, so the last
 * entry is the one the nearest hop vouches for (see README, Deploying).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
