// Types for lib/trusted-proxies.mjs, plain JavaScript because the site's HTTP server uses it.
import type { IpRange } from "./ip-address.mjs";

export type Trust = { hops: number } | { ranges: readonly IpRange[] };

export const TRUST_NOBODY: Trust;
export function parseTrustedProxies(text: string | undefined): Trust;
export function describeTrust(trust: Trust): string;
export function forwardedClient(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trust: Trust,
): { address: string; viaProxy: boolean };
