// Next's cache handler (next.config.ts `cacheHandler`). Cached pages and data live in this
// process's memory; tag invalidations live in the database, which every instance shares. An entry
// is served only if none of its tags was invalidated after it was made, and every invalidation is
// immediate: the next visitor gets a fresh page, never a stale one. This process sees its own
// invalidations at once and other instances' within TAG_TTL_MS, so that a page view does not wait
// for a query to a libSQL server every time.
//
// An instance on an embedded replica (DATABASE_SYNC_URL) asks the primary about tags, not its
// replica, which may not have synced the write yet. And a render that follows a miss reads the
// replica: so before answering a miss the handler syncs the replica, and an entry counts as made
// no later than the start of that sync. Were it not, a page rendered from a replica a moment
// behind would be stored as newer than the invalidation it missed, and served stale until the
// next one (see the README's Deploying section).
import { openTagStore } from "../db/cache-store.mjs";
import { nowMs } from "../db/clock.mjs";
import { primaryFailed, primaryRecentlyFailed, syncReplica } from "../db/replica.mjs";
import { log } from "../lib/logger.mjs";
import { onClose } from "../lib/shutdown.mjs";
import { LIST_TAG } from "./list-tag.mjs";

const TAGS_HEADER = "x-next-cache-tags";
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const TAG_TTL_MS = 250;
const MAX_REMEMBERED = 100_000;

const building = process.env.NEXT_PHASE === "phase-production-build";

let store;
function tagStore() {
  if (!store) {
    const opened = openTagStore({
      url: process.env.DATABASE_SYNC_URL || process.env.DATABASE_URL,
      authToken: process.env.DATABASE_AUTH_TOKEN || undefined,
    });
    onClose(() => opened.close());
    store = opened;
  }
  return store;
}

// Shared by every handler object in the process (Next makes one per request).
/**
 * key -> { value, lastModified, clock, cacheControl, size }, least recently used first;
 * `clock` is lastModified on the site's clock (db/clock.mjs), which tests may move forward.
 */
const memory = new Map();
let usedBytes = 0;
/** tag -> { expiredAt, checkedAt }: what the database said of the tag, and when it was asked. */
const known = new Map();
/**
 * key -> when a get first found it missing or out of date since it was last stored. The render
 * that follows starts after that, so an invalidation after that moment must expire what it stores.
 */
const askedAt = new Map();
/** The latest go-live of a scheduled review the database reported, and when it was asked. */
let goLive = { at: 0, checkedAt: 0 };

function askedFor(key) {
  if (!askedAt.has(key))
    remember(askedAt, key, { at: Date.now(), clock: nowMs(), synced: Infinity });
}

/**
 * Answers a miss: the render that follows reads a replica synced after this moment (a database
 * that is the primary needs nothing). If the primary cannot be reached, the render reads the
 * replica as it is, and what it stores counts as made when the replica last synced.
 */
async function miss(key) {
  askedFor(key);
  const synced = await syncReplica();
  const asked = askedAt.get(key);
  if (asked) asked.synced = Math.min(asked.synced, synced);
  return null;
}

function remember(map, key, value) {
  if (map.size >= MAX_REMEMBERED) map.clear();
  map.set(key, value);
}

/** The latest invalidation of any of the tags; asks the database only about stale knowledge. */
async function lastExpiry(tags) {
  const now = Date.now();
  const stale = tags.filter((tag) => !(now - (known.get(tag)?.checkedAt ?? 0) < TAG_TTL_MS));
  if (stale.length > 0) {
    const found = await tagStore().expiries(stale);
    for (const tag of stale)
      remember(known, tag, { expiredAt: found.get(tag) ?? 0, checkedAt: now });
  }
  return Math.max(0, ...tags.map((tag) => known.get(tag)?.expiredAt ?? 0));
}

/**
 * A scheduled review goes live at its time with nothing invalidated then: a page that lists
 * reviews is out of date if a scheduled review went live after its render began.
 */
async function wentLiveSince(clock) {
  const now = Date.now();
  if (!(now - goLive.checkedAt < TAG_TTL_MS)) {
    goLive = { at: await tagStore().wentLive(nowMs()), checkedAt: now };
  }
  return goLive.at > clock;
}

/** About how much memory an entry holds: its bytes, counted against the memory budget. */
function sizeOf(value) {
  switch (value.kind) {
    case "APP_PAGE": {
      let bytes = (value.html?.length ?? 0) + (value.rscData?.byteLength ?? 0);
      for (const segment of value.segmentData?.values() ?? []) bytes += segment.byteLength;
      return bytes;
    }
    // A route's whole answer: the feed, the sitemap, a review's share image.
    case "APP_ROUTE":
      return value.body?.byteLength ?? 0;
    case "FETCH":
      return JSON.stringify(value.data ?? "").length;
    default:
      return 1024;
  }
}

/** A page's tags travel in its headers; a data entry's in the request for it. */
function tagsOf(entry, ctx) {
  const tags = new Set([
    ...(ctx?.tags ?? []),
    ...(ctx?.softTags ?? []),
    ...(entry.value.tags ?? []),
  ]);
  const header = entry.value.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  return [...tags];
}

function drop(key) {
  const entry = memory.get(key);
  if (!entry) return;
  memory.delete(key);
  usedBytes -= entry.size;
}

export default class SharedTagsCacheHandler {
  constructor(options = {}) {
    this.maxBytes = options.maxMemoryCacheSize || DEFAULT_MAX_BYTES;
  }

  async get(key, ctx) {
    const entry = memory.get(key);
    if (!entry) return building ? null : miss(key);
    if (this.#expiredByTime(entry)) await miss(key);
    memory.delete(key);
    memory.set(key, entry);
    if (building) return entry;
    if (await this.#outOfDate(entry, tagsOf(entry, ctx))) {
      drop(key);
      return miss(key);
    }
    return entry;
  }

  /**
   * Out of date, or not known to be up to date while the database cannot be asked. Once the
   * primary failed to answer, it is not asked again for a while: every tag check would wait the
   * whole deadline, several in a row for one page, while a render from the replica is quick.
   */
  async #outOfDate(entry, tags) {
    if (primaryRecentlyFailed()) return true;
    try {
      return (
        (tags.length > 0 && (await lastExpiry(tags)) >= entry.lastModified) ||
        (tags.includes(LIST_TAG) && (await wentLiveSince(entry.clock)))
      );
    } catch (error) {
      log.error("cache.tags_unread", { tags, err: error });
      primaryFailed();
      return true;
    }
  }

  /** Next regenerates an entry past its revalidate time after this get: that render begins now. */
  #expiredByTime(entry) {
    const seconds = entry.cacheControl?.revalidate ?? entry.value.revalidate;
    return typeof seconds === "number" && Date.now() > entry.lastModified + seconds * 1000;
  }

  async set(key, value, ctx) {
    drop(key);
    if (!value) return;
    const now = Date.now();
    const asked = askedAt.get(key);
    const entry = {
      value,
      lastModified: Math.min(asked?.at ?? now, asked?.synced ?? now, now),
      clock: Math.min(asked?.clock ?? nowMs(), nowMs()),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      size: sizeOf(value),
    };
    askedAt.delete(key);
    memory.set(key, entry);
    usedBytes += entry.size;
    for (const [oldest] of memory) {
      if (usedBytes <= this.maxBytes) break;
      drop(oldest);
    }
  }

  async revalidateTag(tags) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
    if (list.length === 0 || building) return;
    const now = Date.now();
    for (const tag of list) remember(known, tag, { expiredAt: now, checkedAt: now });
    // This instance knows at once; the others learn it from the database. Next runs this after
    // the action has answered, so a failure is only worth a line in the log.
    await tagStore()
      .expire(list, now)
      .catch((error) => {
        log.error("cache.invalidation_unshared", { tags: list, err: error });
      });
  }

  resetRequestCache() {}
}
