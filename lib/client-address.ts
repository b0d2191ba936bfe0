import { subscriberNetwork } from "./ip-address.mjs";

/**
 * The caller's address, for throttling: the one address the site's server puts in
 * X-Forwarded-For (server/site-server.mjs), the socket's or what a proxy the operator trusts
 * forwarded (see README, Deploying). An IPv6 caller counts by its /64 network, all of which one
 * subscriber holds. Anything else there (a list, a name) did not come from that server: such
 * callers share one count, so none of them gets a fresh one by writing the header.
 */
export function clientAddress(headers: Headers): string {
  return subscriberNetwork(headers.get("x-forwarded-for")) ?? "unknown";
}
