// The read phase: autocannon on each page of pages.mjs in turn, against three baselines measured
// in the same run (the static home page, the review page's exact bytes from node:http, and the
// same from nginx for the row through nginx in front of the site).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { BENCH_READER_EMAIL, BENCH_READER_PASSWORD } from "./data/index.ts";
import { signIn } from "./actions.mjs";
import {
  CONNECTIONS,
  IDLE_WAIT_MS,
  PORTS,
  REVIEW_PATH,
  SECONDS,
  WARMUP_SECONDS,
} from "./config.mjs";
import { onQuietMachine, waitForIdle } from "./cpu.mjs";
import { measure } from "./load.mjs";
import { startNginxFile, startProxy } from "./nginx-servers.mjs";
import { readRows } from "./pages.mjs";
import { count, ms, percent } from "./report.mjs";
import { onStopAll, startRawServers } from "./servers.mjs";
import { BenchError, note, progress, seconds } from "./status.mjs";
import { keptInFull } from "./taste.mjs";

/** One GET; the time to its whole body, its status and what the proxy's or else Next's cache said. */
async function probe(url, headers = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  await response.arrayBuffer();
  return {
    status: response.status,
    ms: performance.now() - started,
    cache:
      response.headers.get("x-cache-status") ?? response.headers.get("x-nextjs-cache") ?? "none",
  };
}

/** The page's bytes as autocannon gets them (no compression) and the headers that go with them. */
async function pageAsServed(url) {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!response.ok)
    throw new BenchError(`${url} answered ${response.status}; nothing to serve raw`);
  const skip = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !skip.has(name)));
  return { bytes: Buffer.from(await response.arrayBuffer()), headers };
}

/**
 * One node:http server per site server, answering with the review page's bytes as served, and
 * nginx answering with them from the same file; their base URLs.
 */
async function startRawBaselines(bases) {
  const page = await pageAsServed(new URL(REVIEW_PATH, bases[0]));
  const folder = mkdtempSync(join(os.tmpdir(), "bench-raw-"));
  const rawFile = join(folder, "review.html");
  writeFileSync(rawFile, page.bytes);
  chmodSync(folder, 0o755); // nginx's workers read it as nobody
  onStopAll(() => rmSync(folder, { recursive: true, force: true }));
  const raw = await startRawServers(PORTS.raw.slice(0, bases.length), rawFile, page.headers);
  return { raw, nginx: [await startNginxFile(rawFile, page.headers)] };
}

/** Warms a row up, asks its cache state, then measures it (again when the machine was busy). */
async function measureRow(row, step, targets, headers) {
  return onQuietMachine(row.label, async () => {
    progress(`${step}: warming up`);
    const { path, nextPath } = row;
    const load = { bases: targets, path, nextPath, connections: CONNECTIONS, headers };
    await measure({ ...load, seconds: WARMUP_SECONDS });
    const cache = [];
    for (let n = 0; n < 3 && !row.baseline; n++) {
      cache.push((await probe(new URL(nextPath?.() ?? path, targets[0]), headers)).cache);
    }
    const result = await measure({
      ...load,
      seconds: SECONDS,
      onTick: (elapsed) => progress(`${step}: measuring ${seconds(elapsed)} of ${SECONDS} s`),
    });
    return { ...result, cache };
  });
}

/** Each row against the baselines (when measured), and whether it met its target. */
export function compare(results) {
  const find = (baseline) => results.find((r) => r.baseline === baseline)?.rps;
  const [staticRps, rawRps, nginxRps] = [find("static"), find("raw"), find("nginx")];
  for (const r of results) {
    r.xStatic = r.rps / staticRps;
    r.xRaw = r.rps / rawRps;
    r.xNginx = r.rps / nginxRps;
    const against = r.target?.against === "nginx" ? r.xNginx : r.xStatic;
    if (r.target?.ratio) r.met = r.errors === 0 && against >= r.target.ratio;
    if (r.target?.p95) {
      r.metBy = p95MetBy(r);
      r.met = r.metBy !== null;
    }
  }
  return results;
}

/** What a row measured against a p95 met it by (its p95, or being kept on write), or null. */
function p95MetBy(r) {
  if (r.errors > 0) return null;
  if (r.p95 < r.target.p95) return "its p95";
  return keptInFull(r.target) ? "being kept on write" : null;
}

/** Measures the rows in turn, each on `targetsOf(row)`, a second's pause before each. */
async function measureRows(rows, targetsOf) {
  const results = [];
  for (const [i, row] of rows.entries()) {
    const targets = targetsOf(row);
    const headers = row.cookie ? { cookie: row.cookie } : {};
    const step = `[${i + 1}/${rows.length}] ${row.label}`;
    await new Promise((done) => setTimeout(done, 1000)); // the last row's backlog drains
    const first = await probe(new URL(row.path, targets[0]), headers);
    if (first.status >= 400) throw new BenchError(`${row.path} answered ${first.status}`);
    const measured = await measureRow(row, step, targets, headers);
    const { rps, p95, errors, others } = measured;
    note(
      `✓ ${row.label}: ${count(rps)} req/s, p95 ${ms(p95)} ms, ${errors} errors, others ${percent(others)}`,
    );
    const { searches } = row;
    const asked = searches && { distinct: searches.distinct, asked: searches.asked() };
    results.push({
      ...row,
      ...{ cookie: undefined, nextPath: undefined, searches: undefined },
      signedIn: Boolean(row.cookie),
      first,
      ...measured,
      ...(asked && { asked }),
    });
  }
  return results;
}

const readerCookie = (bases) =>
  signIn({ base: bases[0], email: BENCH_READER_EMAIL, password: BENCH_READER_PASSWORD });

/**
 * Signs the profile's reader in (for the signed-in rows), starts the baselines and nginx in front
 * of the site, waits for an idle machine, then measures every row in turn.
 */
export async function readPhase({ bases, facts }) {
  const cookie = await readerCookie(bases);
  const baselines = await startRawBaselines(bases);
  const proxied = [await startProxy(bases)];
  await waitForIdle({ what: "the reads", timeoutMs: IDLE_WAIT_MS });
  const rows = readRows(facts, cookie);
  const targetsOf = (row) => (row.proxied ? proxied : (baselines[row.baseline] ?? bases));
  return compare(await measureRows(rows, targetsOf));
}

/** Only the rows with these keys (pages.mjs), without baselines: the one instance of --cluster. */
export async function readSomeRows({ bases, facts, keys }) {
  const cookie = await readerCookie(bases);
  await waitForIdle({ what: "the reads", timeoutMs: IDLE_WAIT_MS });
  const rows = readRows(facts, cookie).filter((row) => keys.includes(row.key));
  const unknown = keys.filter((key) => !rows.some((row) => row.key === key));
  if (unknown.length > 0) throw new BenchError(`No read rows with the keys ${unknown.join(", ")}`);
  return compare(await measureRows(rows, () => bases));
}
