// Who the caller is: the socket's peer, unless that peer is a proxy the operator trusts, in which
// case the address it forwarded (TRUSTED_PROXIES; see README, Deploying). Plain JavaScript: the
// site's own HTTP server (server/) uses it for every request, before Next sees the request.
import { formatIp, formatRange, inRange, parseIp, parseRange } from "./ip-address.mjs";

/** Names for the usual ranges, as in Express's `trust proxy`. */
const NAMED_RANGES = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** Nobody's forwarded headers are believed: the socket's address is the caller's. */
export const TRUST_NOBODY = Object.freeze({ ranges: [] });

/**
 * TRUSTED_PROXIES as a trust rule: unset, empty or `0` trusts nobody; a number trusts that many
 * hops in front of the site, whatever their addresses; otherwise a comma-separated list of
 * addresses, CIDR ranges and the names `loopback` and `private`. Throws an Error naming what
 * it cannot read.
 */
export function parseTrustedProxies(text) {
  const value = String(text ?? "").trim();
  if (value === "") return TRUST_NOBODY;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 100) throw new Error(`${value} hops is more than any chain of proxies`);
    return hops === 0 ? TRUST_NOBODY : { hops };
  }
  const ranges = [];
  for (const entry of value.split(",").map((e) => e.trim())) {
    const named = NAMED_RANGES[entry.toLowerCase()];
    const parsed = named ? named.map(parseRange) : [parseRange(entry)];
    if (entry === "" || parsed.includes(null)) {
      throw new Error(
        `“${entry}” is not an address, a range such as 10.0.0.0/8, loopback or private (or a number of hops)`,
      );
    }
    ranges.push(...parsed);
  }
  return { ranges };
}

/** Says what the rule trusts, for the server's first line of output. */
export function describeTrust(trust) {
  if ("hops" in trust) return `${trust.hops} proxy hop${trust.hops === 1 ? "" : "s"}`;
  if (trust.ranges.length === 0) return "none (each caller is its socket's address)";
  return trust.ranges.map(formatRange).join(", ");
}

/**
 * The caller's address for a request that came from `socketAddress` with `forwardedFor` (the
 * X-Forwarded-For header, comma-separated, or undefined), and whether the socket's peer is a
 * trusted proxy (whose X-Forwarded-Proto and -Host may then be believed).
 *
 * The chain is read from the nearest hop outwards: each trusted hop vouches for the entry it
 * appended, the one before it; the first hop not trusted is the caller. An entry that is not an
 * address ends the walk at the hop that forwarded it.
 */
export function forwardedClient(socketAddress, forwardedFor, trust) {
  const peer = parseIp(socketAddress);
  if (!peer) return { address: "unknown", viaProxy: false };
  const entries = String(forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)
    .reverse();
  const trusted =
    "hops" in trust
      ? (_ip, depth) => depth < trust.hops
      : (ip) => trust.ranges.some((range) => inRange(ip, range));
  let caller = peer;
  for (let depth = 0; depth < entries.length && trusted(caller, depth); depth++) {
    const next = parseIp(entries[depth]);
    if (!next) break;
    caller = next;
  }
  return { address: formatIp(caller), viaProxy: trusted(peer, 0) };
}
