// The pages the benchmark visits: the rows of the read phase and the pages whose first-visit
// JavaScript is weighed.
import { comparePath } from "../../lib/compare-path.ts";
import { readerComparisonPath } from "../../lib/taste.ts";
import { BENCH_PROFILE_HANDLE, BENCH_REVIEW_SLUG } from "./data/index.ts";
import { ADJECTIVES, NOUNS } from "./data/words.ts";
import { REVIEW_PATH, TARGETS } from "./config.mjs";

/** A word in most bench reviews, and the start of one as someone types it, for the search rows. */
const SEARCH_WORD = "theme";
const SEARCH_PREFIX = "orch";

/** The canonical address of a comparison of these reviews' soundtracks (bench slugs are shared). */
const compareOf = (...chosen) =>
  comparePath(chosen.map((c) => (typeof c === "string" ? c : c.slug)));

/**
 * Searches nobody has made yet, one a request: two words of the bench catalogue's titles in either
 * order, then the second still being typed (7,590 in all, then again from the first). Each is a
 * page the server renders from the database, and caches: a new one is never in the cache.
 */
function newSearches() {
  const lower = (words) => words.map((w) => w.toLowerCase());
  const pairs = lower(ADJECTIVES).flatMap((a) => lower(NOUNS).map((n) => [a, n]));
  const all = [
    ...pairs.map(([a, n]) => `${a} ${n}`),
    ...pairs.map(([a, n]) => `${n} ${a}`),
    ...pairs.map(([a, n]) => `${a} ${n.slice(0, 3)}`),
  ];
  let asked = 0;
  const next = () => `/search/${encodeURIComponent(all[asked++ % all.length])}`;
  return { next, distinct: all.length, asked: () => asked };
}

const DISCUSSION_PATH = `${REVIEW_PATH}/comments/newest/50`;
const PROFILE_PATH = `/u/${BENCH_PROFILE_HANDLE}`;
const archivePath = (facts) => `/reviews/page/${facts.archiveLastPage}`;

/** The pages read, in order; `target` says what each must reach. */
export function readRows(facts, cookie) {
  const [a, b, c] = facts.scoreTargets;
  const p95 = { p95: TARGETS.p95 };
  return [
    { label: "home / (static page baseline)", path: "/", baseline: "static" },
    { label: "review bytes via node:http (baseline)", path: REVIEW_PATH, baseline: "raw" },
    { label: "review, signed out", path: REVIEW_PATH, target: { ratio: TARGETS.staticRatio } },
    {
      label: "review bytes via nginx from a file (baseline)",
      path: REVIEW_PATH,
      baseline: "nginx",
    },
    {
      label: "review, signed out, through nginx (deploy/nginx.conf)",
      path: REVIEW_PATH,
      proxied: true,
      target: { ratio: TARGETS.proxyRatio, against: "nginx" },
    },
    { label: "review, signed in: page", path: REVIEW_PATH, cookie, target: p95 },
    {
      key: "viewer",
      label: "review, signed in: /api/viewer",
      path: `/api/viewer?review=${facts.reviewId}`,
      cookie,
      target: p95,
    },
    { label: "discussion, page 50", path: DISCUSSION_PATH, target: p95 },
    { label: "profile", path: PROFILE_PATH, target: p95 },
    {
      label: `archive, last page (${facts.archiveLastPage})`,
      path: archivePath(facts),
      target: p95,
    },
    { label: "compare, two soundtracks", path: compareOf(BENCH_REVIEW_SLUG, a), target: p95 },
    {
      label: "compare, four soundtracks",
      path: compareOf(BENCH_REVIEW_SLUG, a, b, c),
      target: p95,
    },
    { label: "search, a common word", path: `/search/${SEARCH_WORD}`, target: p95 },
    { label: "search, typed so far", path: `/search/${SEARCH_PREFIX}`, target: p95 },
    newSearchRow(),
    { label: "top rated", path: "/top-rated", target: p95 },
    { label: "feed", path: "/feed.xml" },
    ...tasteRows(facts, cookie),
  ];
}

/**
 * Readers compared (issue 18), as the bench reader (the most active: 142 scores): the comparison
 * with the reader who has the most soundtracks in common with them, their readers like them, the
 * review's "readers like you gave it", and the Following page (prepareTaste made the follows).
 */
function tasteRows({ taste, reviewSoundtrackId }, cookie) {
  if (!taste) return [];
  const p95 = { p95: TARGETS.p95 };
  return [
    {
      key: "comparison",
      label: `readers compared, ${taste.inCommon} in common`,
      path: readerComparisonPath(BENCH_PROFILE_HANDLE, taste.partner),
      target: p95,
    },
    {
      key: "readers-like-you",
      label: "readers like you, signed in: /api/readers-like-you",
      path: "/api/readers-like-you",
      cookie,
      target: p95,
    },
    {
      key: "like-you-score",
      label: "review, signed in: readers like you gave it",
      path: `/api/readers-like-you/${reviewSoundtrackId}`,
      cookie,
      target: p95,
    },
    {
      key: "following",
      label: `following, signed in (${taste.followed} followed)`,
      path: "/following",
      cookie,
      target: { ...p95, keptOnWrite: taste.keptOnWrite },
    },
  ];
}

/**
 * A search not made before at each request: what the database costs a page that is not cached
 * yet. No target of its own; --cluster compares it with one instance.
 */
function newSearchRow() {
  const searches = newSearches();
  return {
    key: "new-search",
    label: "search, a new one each request (not cached yet)",
    path: searches.next(),
    nextPath: searches.next,
    searches,
  };
}

/** The public pages whose first-visit JavaScript is weighed. */
export function jsPages(facts) {
  return [
    { label: "home", path: "/" },
    { label: "review", path: REVIEW_PATH },
    { label: "discussion, page 50", path: DISCUSSION_PATH },
    { label: "profile", path: PROFILE_PATH },
    { label: `archive, page ${facts.archiveLastPage}`, path: archivePath(facts) },
    { label: "sign in", path: "/sign-in" },
    { label: "compare", path: compareOf(BENCH_REVIEW_SLUG, facts.scoreTargets[0]) },
    { label: "compare, choosing", path: "/compare" },
    { label: "search", path: `/search/${SEARCH_WORD}` },
    { label: "top rated", path: "/top-rated" },
  ];
}
