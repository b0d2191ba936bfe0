// IP addresses and ranges, parsed into numbers so that two spellings of one address are one
// address. Plain JavaScript: the site's own HTTP server (server/) uses it before Next loads.
import { isIPv4, isIPv6 } from "node:net";

const V4_BITS = 32;
const V6_BITS = 128;
const bitsOf = (version) => (version === 4 ? V4_BITS : V6_BITS);

/** The range of the `bits` leading bits that holds `ip`. */
function rangeOf(ip, bits) {
  const hostBits = BigInt(bitsOf(ip.version) - bits);
  return { version: ip.version, value: (ip.value >> hostBits) << hostBits, bits };
}

/** ::ffff:a.b.c.d, how a dual-stack socket names an IPv4 peer. */
const isMappedV4 = (value) => value >> 32n === 0xffffn;

function v4ToNumber(text) {
  return text.split(".").reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

function v6ToNumber(text) {
  let groups = text.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(groups);
  if (v4) {
    const value = v4ToNumber(v4[1]);
    groups = `${groups.slice(0, -v4[1].length)}${(value >> 16n).toString(16)}:${(value & 0xffffn).toString(16)}`;
  }
  const [head, tail] = groups.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].reduce((value, g) => (value << 16n) | BigInt(`0x${g}`), 0n);
}

/**
 * An address as { version, value }, or null. Accepts what proxies and sockets write: brackets and
 * a port (`[2001:db8::1]:443`, `203.0.113.5:8080`) and a zone (`fe80::1%eth0`) are set aside, and
 * an IPv4-mapped IPv6 address is the IPv4 address it maps.
 */
export function parseIp(text) {
  let address = String(text ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.split(":")[0];
  address = address.replace(/%[\w.-]+$/, "");
  if (isIPv4(address)) return { version: 4, value: v4ToNumber(address) };
  if (!isIPv6(address)) return null;
  const value = v6ToNumber(address);
  if (isMappedV4(value)) return { version: 4, value: value & 0xffffffffn };
  return { version: 6, value };
}

/** The usual spelling: dotted IPv4, and IPv6 in lowercase with its longest run of zeros as `::`. */
export function formatIp({ version, value }) {
  if (version === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
  }
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push((value >> shift) & 0xffffn);
  let best = { at: -1, length: 1 };
  for (let at = 0; at < 8;) {
    let length = 0;
    while (at + length < 8 && groups[at + length] === 0n) length++;
    if (length > best.length) best = { at, length };
    at += length || 1;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(":");
  const head = hex.slice(0, best.at).join(":");
  const tail = hex.slice(best.at + best.length).join(":");
  return `${head}::${tail}`;
}

/** The address in its usual spelling, or null when it is none. */
export function normalizeIp(text) {
  const ip = parseIp(text);
  return ip ? formatIp(ip) : null;
}

/**
 * What one subscriber holds: an IPv4 address, or the /64 network of an IPv6 address (a home or a
 * server is handed a whole /64, and can speak from any address in it).
 */
export function subscriberNetwork(text) {
  const ip = parseIp(text);
  if (!ip) return null;
  return ip.version === 4 ? formatIp(ip) : formatRange(rangeOf(ip, 64));
}

/** `203.0.113.0/24`, `2001:db8::/32` or a single address, as { version, value, bits }; or null. */
export function parseRange(text) {
  const [address, prefix, extra] = String(text).trim().split("/");
  if (extra !== undefined || !(isIPv4(address) || isIPv6(address))) return null;
  const ip = parseIp(address);
  // A mapped range is an IPv4 range: ::ffff:10.0.0.0/104 is 10.0.0.0/8.
  const mapped = isIPv6(address) && ip.version === 4;
  const max = bitsOf(ip.version);
  let bits = max;
  if (prefix !== undefined) {
    if (!/^\d{1,3}$/.test(prefix)) return null;
    bits = Number(prefix) - (mapped ? V6_BITS - V4_BITS : 0);
    if (bits < 0 || bits > max) return null;
  }
  return rangeOf(ip, bits);
}

/** A range as an operator writes it: `10.0.0.0/8`, and a single address without its `/32`. */
export function formatRange(range) {
  return range.bits === bitsOf(range.version)
    ? formatIp(range)
    : `${formatIp(range)}/${range.bits}`;
}

/** Whether the parsed address `ip` lies in `range`, as parseRange gives it (its host bits 0). */
export function inRange(ip, range) {
  return ip.version === range.version && rangeOf(ip, range.bits).value === range.value;
}
