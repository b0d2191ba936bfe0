// The time the site runs on: the machine's, unless APP_CLOCK_FILE names a JSON file holding
// { "offsetMs": n }, which the browser tests write to move the site into the future (a scheduled
// review going live) without waiting for it. Plain JavaScript because the cache handler, loaded by
// Next outside the app's bundle, asks it too.
import { readFileSync } from "node:fs";

const file = process.env.APP_CLOCK_FILE;
const RECHECK_MS = 100;
let offset = 0;
let checkedAt = 0;

function currentOffset() {
  const real = Date.now();
  if (real - checkedAt < RECHECK_MS) return offset;
  checkedAt = real;
  try {
    const value = JSON.parse(readFileSync(file, "utf8")).offsetMs;
    offset = Number.isFinite(value) ? value : 0;
  } catch {
    offset = 0;
  }
  return offset;
}

/** Now, in milliseconds since the epoch. */
export function nowMs() {
  return file ? Date.now() + currentOffset() : Date.now();
}

/** Now, as a Date. */
export function now() {
  return new Date(nowMs());
}
