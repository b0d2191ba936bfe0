// The time the site runs on: the machine's, unless APP_CLOCK_FILE names a JSON file holding
// { "offsetMs": n }, which the browser tests write to move the site into the future (a scheduled
// review going live) without waiting for it. Plain JavaScript because the cache handler, loaded by
// Next outside the app's bundle, asks it too.
//
// The file is read at every call, not remembered for a while: the handler and the app's bundle
// each hold their own copy of this module, and if one of them still ran on the old time after the
// other had moved on, a page rendered on the old time would be cached as if it were rendered on
// the new one, and a review gone live would stay missing from it.
import { readFileSync } from "node:fs";

const file = process.env.APP_CLOCK_FILE;
let offset = 0;

function currentOffset() {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return (offset = 0);
  }
  try {
    const value = JSON.parse(text).offsetMs;
    if (Number.isFinite(value)) offset = value;
  } catch {
    // A file caught half-written keeps the time last read.
  }
  return offset;
}

/** Now, in milliseconds since the epoch. */
export function nowMs() {
  return file ? Date.now() + currentOffset() : Date.now();
}

/** Now, in whole seconds since the epoch: the unit of the tables' created_at and updated_at. */
export function nowSeconds() {
  return Math.floor(nowMs() / 1000);
}

/** Now, as a Date. */
export function now() {
  return new Date(nowMs());
}
