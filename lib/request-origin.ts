/**
 * The site's address as the request asked for it: the host a proxy forwarded, else the Host
 * header, with the forwarded protocol; `fallback` (SITE_URL) when the request names no host.
 */
export function requestOrigin(headers: Headers, fallback: string): string {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return new URL(fallback).origin;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return new URL(fallback).origin;
  }
}
