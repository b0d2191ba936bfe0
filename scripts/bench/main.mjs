// npm run bench [-- --cluster] [-- --skip-lighthouse]: see scripts/bench.mjs for what it does.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ARCHIVE_PAGE_SIZE } from "../../lib/archive.ts";
import { comparePath } from "../../lib/compare-path.ts";
import { SCORE_STEPS } from "../../lib/scores.ts";
import {
  BENCH_PROFILE_HANDLE,
  BENCH_READER_EMAIL,
  BENCH_READER_PASSWORD,
  BENCH_REVIEW_SLUG,
  readerHandle,
} from "../bench-data.ts";
import { findActionId, signIn } from "./actions.mjs";
import {
  COMMENT_READERS,
  CONNECTIONS,
  DIST_DIR,
  IDLE_WAIT_MS,
  MAX_ATTEMPTS,
  MAX_OTHERS,
  PORTS,
  RESULTS_DIR,
  REVIEW_PATH,
  RUN_DB,
  SCALE,
  SCORE_READERS,
  SECONDS,
  SIGN_IN_CONCURRENCY,
  SQLD_DIR,
  TARGETS,
  USAGE,
  WARMUP_SECONDS,
  WRITE_CONCURRENCY,
} from "./config.mjs";
import { othersCpu, waitForIdle } from "./cpu.mjs";
import { copyDatabase, ensureBenchData, openReadOnly, readFacts, sourceFileFor } from "./data.mjs";
import { firstVisitJs } from "./javascript.mjs";
import { CATEGORIES, lighthouseUnavailable, runLighthouse } from "./lighthouse.mjs";
import { measure } from "./load.mjs";
import { count, ms, percent, renderMarkdown, renderText, writeResults } from "./report.mjs";
import {
  jsSection,
  lighthouseSection,
  readSection,
  serverSection,
  summarySection,
  writeSection,
} from "./sections.mjs";
import { serverLog, startOnSqld, startRawServers, startSingle, stopAll } from "./servers.mjs";
import { BenchError, note, progress, seconds } from "./status.mjs";
import { planWrites, runWrites, signInAll, summariseWrites, verifyWrites } from "./writes.mjs";

function machine() {
  const cpus = os.cpus();
  const load = os.loadavg().map((n) => n.toFixed(2));
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim();
    if (dirty) commit += " + uncommitted changes";
  } catch {}
  return {
    cpus: cpus.length,
    model: cpus[0]?.model.trim() ?? "unknown",
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: load,
    node: process.version,
    commit,
  };
}

/**
 * Runs `attempt` and adds `others` (see cpu.mjs) and `attempts` to its result; runs it again once
 * the machine is idle while other processes took more than MAX_OTHERS of the CPU meanwhile.
 */
async function onQuietMachine(label, attempt) {
  for (let n = 1; ; n++) {
    const cpu = othersCpu();
    const result = await attempt();
    Object.assign(result, { others: cpu.stop(), attempts: n });
    if (result.others <= MAX_OTHERS || n === MAX_ATTEMPTS) return result;
    note(`! ${label}: other processes took ${percent(result.others)} of the CPU; again when idle`);
    await waitForIdle({ what: label, timeoutMs: IDLE_WAIT_MS });
  }
}

/** One GET; the time to its whole body, its status and what Next's cache said. */
async function probe(url, headers = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  await response.arrayBuffer();
  return {
    status: response.status,
    ms: performance.now() - started,
    cache: response.headers.get("x-nextjs-cache") ?? "none",
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

/** A word in most bench reviews, and the start of one as someone types it, for the search rows. */
const SEARCH_WORD = "theme";
const SEARCH_PREFIX = "orch";

/** The canonical address of a comparison of these reviews' soundtracks (bench slugs are shared). */
const compareOf = (...chosen) =>
  comparePath(chosen.map((c) => (typeof c === "string" ? c : c.slug)));

/** The pages read, in order; `target` says what each must reach. */
function readRows(facts, cookie) {
  const [a, b] = facts.scoreTargets;
  const p95 = { p95: TARGETS.p95 };
  return [
    { label: "home / (static page baseline)", path: "/", baseline: "static" },
    { label: "review bytes via node:http (baseline)", path: REVIEW_PATH, baseline: "raw" },
    { label: "review, signed out", path: REVIEW_PATH, target: { ratio: TARGETS.staticRatio } },
    { label: "review, signed in: page", path: REVIEW_PATH, cookie, target: p95 },
    {
      label: "review, signed in: /api/viewer",
      path: `/api/viewer?review=${facts.reviewId}`,
      cookie,
      target: p95,
    },
    { label: "discussion, page 50", path: `${REVIEW_PATH}/comments/newest/50`, target: p95 },
    { label: "profile", path: `/u/${BENCH_PROFILE_HANDLE}`, target: p95 },
    {
      label: `archive, last page (${facts.archiveLastPage})`,
      path: `/reviews/page/${facts.archiveLastPage}`,
      target: p95,
    },
    { label: "compare, two soundtracks", path: compareOf(BENCH_REVIEW_SLUG, a), target: p95 },
    {
      label: "compare, four soundtracks",
      path: compareOf(BENCH_REVIEW_SLUG, a, b, facts.scoreTargets[2]),
      target: p95,
    },
    { label: "search, a common word", path: `/search/${SEARCH_WORD}`, target: p95 },
    { label: "search, typed so far", path: `/search/${SEARCH_PREFIX}`, target: p95 },
    { label: "top rated", path: "/top-rated", target: p95 },
    { label: "feed", path: "/feed.xml" },
  ];
}

async function readPhase({ bases, rawBases, facts, cookie }) {
  const rows = readRows(facts, cookie);
  const results = [];
  for (const [i, row] of rows.entries()) {
    const targets = row.baseline === "raw" ? rawBases : bases;
    const headers = row.cookie ? { cookie: row.cookie } : {};
    const step = `[${i + 1}/${rows.length}] ${row.label}`;
    await new Promise((done) => setTimeout(done, 1000)); // the last row's backlog drains
    const first = await probe(new URL(row.path, targets[0]), headers);
    if (first.status >= 400) throw new BenchError(`${row.path} answered ${first.status}`);
    const measured = await onQuietMachine(row.label, async () => {
      progress(`${step}: warming up`);
      const load = { bases: targets, path: row.path, connections: CONNECTIONS, headers };
      await measure({ ...load, seconds: WARMUP_SECONDS });
      const cache = [];
      for (let n = 0; n < 3 && !row.baseline; n++) {
        cache.push((await probe(new URL(row.path, targets[0]), headers)).cache);
      }
      const result = await measure({
        ...load,
        seconds: SECONDS,
        onTick: (elapsed) => progress(`${step}: measuring ${seconds(elapsed)} of ${SECONDS} s`),
      });
      return { ...result, cache };
    });
    const { rps, p95, errors, others } = measured;
    note(
      `✓ ${row.label}: ${count(rps)} req/s, p95 ${ms(p95)} ms, ${errors} errors, others ${percent(others)}`,
    );
    results.push({ ...row, cookie: undefined, signedIn: Boolean(row.cookie), first, ...measured });
  }
  const find = (baseline) => results.find((r) => r.baseline === baseline)?.rps;
  const [staticRps, rawRps] = [find("static"), find("raw")];
  for (const r of results) {
    r.xStatic = r.rps / staticRps;
    r.xRaw = r.rps / rawRps;
    if (r.target?.ratio) r.met = r.errors === 0 && r.xStatic >= r.target.ratio;
    if (r.target?.p95) r.met = r.errors === 0 && r.p95 < r.target.p95;
  }
  return results;
}

async function jsPhase(base, facts) {
  const pages = [
    { label: "home", path: "/" },
    { label: "review", path: REVIEW_PATH },
    { label: "discussion, page 50", path: `${REVIEW_PATH}/comments/newest/50` },
    { label: "profile", path: `/u/${BENCH_PROFILE_HANDLE}` },
    {
      label: `archive, page ${facts.archiveLastPage}`,
      path: `/reviews/page/${facts.archiveLastPage}`,
    },
    { label: "sign in", path: "/sign-in" },
    { label: "compare", path: compareOf(BENCH_REVIEW_SLUG, facts.scoreTargets[0]) },
    { label: "compare, choosing", path: "/compare" },
    { label: "search", path: `/search/${SEARCH_WORD}` },
    { label: "top rated", path: "/top-rated" },
  ];
  const js = await firstVisitJs({
    base,
    distDir: DIST_DIR,
    pages,
    limitBytes: TARGETS.jsAboveFloor,
  });
  for (const row of js.rows) if (!row.error) row.met = row.above <= js.limitBytes;
  return js;
}

async function writePhase({ bases, facts, client }) {
  if (facts.readers < SCORE_READERS + COMMENT_READERS) {
    throw new BenchError(
      `The write phase needs ${SCORE_READERS + COMMENT_READERS} bench readers; this database has ${facts.readers} (use a larger BENCH_SCALE)`,
    );
  }
  const actionIds = {
    comment: findActionId(DIST_DIR, "app/reviews/[slug]/actions.ts", "postComment"),
    score: findActionId(DIST_DIR, "app/reviews/[slug]/score-actions.ts", "saveScore"),
  };
  const runId = new Date().toISOString();
  const review = { id: facts.reviewId, slug: BENCH_REVIEW_SLUG };
  const jobs = planWrites({
    targets: facts.scoreTargets,
    review,
    runId,
    readerHandle,
    scoreReaders: SCORE_READERS,
    commentReaders: COMMENT_READERS,
  });
  const handles = [...new Set(jobs.map((j) => j.handle))];
  const signInStarted = Date.now();
  const cookies = await signInAll({
    bases,
    handles,
    password: BENCH_READER_PASSWORD,
    concurrency: SIGN_IN_CONCURRENCY,
    onProgress: (done, total) => progress(`Signing the writers in: ${done}/${total}`),
  });
  const signInMs = Date.now() - signInStarted;
  note(
    `✓ Signed ${handles.length} readers in (${SIGN_IN_CONCURRENCY} at a time) in ${seconds(signInMs)}`,
  );
  const cpu = othersCpu();
  const run = await runWrites({
    bases,
    jobs,
    cookies,
    actionIds,
    concurrency: WRITE_CONCURRENCY,
    onProgress: (done, total) => progress(`Writing: ${done}/${total}`),
  });
  const summary = summariseWrites(run);
  summary.others = cpu.stop();
  note(
    `✓ ${jobs.length} writes in ${seconds(run.wallMs)}: ${count(summary.perSecond)}/s, p95 ${ms(summary.all.p95)} ms`,
  );
  progress("Checking the writes in the database…");
  const verification = await verifyWrites(client, {
    jobs,
    reviewId: review.id,
    scoreSteps: SCORE_STEPS,
  });
  note(
    `${verification.ok ? "✓" : "✗"} Write check: ${verification.ok ? "all stored as sent" : verification.problems.join("; ")}`,
  );
  return { signInMs, signedIn: handles.length, summary, verification, scored: facts.scoreTargets };
}

/**
 * The server output lines that mention SQLITE_BUSY, and other lines that look like errors or 5xx
 * answers: each distinct line once ("12 × …"), without the instance's name.
 */
function scanServerLog() {
  const distinct = (entries) => {
    const counts = new Map();
    for (const { line } of entries) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
    return [...counts].map(([line, n]) => `${n} × ${line}`);
  };
  const isBusy = (line) => /SQLITE_BUSY|database is locked/i.test(line);
  const busy = serverLog.filter(({ line }) => isBusy(line));
  const errors = serverLog.filter(
    ({ source, line }) =>
      !isBusy(line) &&
      !(source === "sqld" && / INFO /.test(line)) &&
      /\b5\d\d\b|error|failed|exception|unhandled/i.test(line),
  );
  // sqld logs every query that reads or writes many rows: "high read (494899) or write (0) query: …"
  const heavy = new Map();
  for (const { line } of serverLog) {
    const match = /high read \((\d+)\) or write \((\d+)\) query: (.*)$/.exec(line);
    if (!match) continue;
    const [, read, written, sql] = match;
    const known = heavy.get(sql) ?? { read: 0, written: 0, times: 0 };
    heavy.set(sql, {
      read: Math.max(known.read, Number(read)),
      written: Math.max(known.written, Number(written)),
      times: known.times + 1,
    });
  }
  return {
    lines: serverLog.length,
    busyLines: busy.length,
    errorLines: errors.length,
    busy: distinct(busy),
    errors: distinct(errors),
    heavyQueries: [...heavy]
      .sort(([, a], [, b]) => b.read + b.written - a.read - a.written)
      .map(([sql, q]) => ({ sql, ...q })),
  };
}

async function lighthousePhase(base) {
  const why = await lighthouseUnavailable(PORTS.chrome);
  if (why) {
    note(`! Lighthouse skipped: ${why}`);
    return { skipped: why };
  }
  await waitForIdle({ what: "Lighthouse", timeoutMs: IDLE_WAIT_MS });
  const runs = [];
  const pages = [
    { label: "home", path: "/" },
    { label: "review", path: REVIEW_PATH },
  ];
  for (const page of pages) {
    for (const formFactor of ["desktop", "mobile"]) {
      progress(`Lighthouse ${formFactor} on ${page.path} (about a minute)…`);
      const result = await onQuietMachine(`Lighthouse ${formFactor} ${page.path}`, () =>
        runLighthouse({
          url: new URL(page.path, base).href,
          formFactor,
          debugPort: PORTS.chrome,
        }),
      );
      const run = { ...page, formFactor, ...result };
      if (result.scores) {
        run.met =
          formFactor === "desktop"
            ? CATEGORIES.every((c) => result.scores[c] === 100)
            : result.scores.performance >= TARGETS.mobilePerformance;
      }
      note(
        `✓ Lighthouse ${formFactor} ${page.path}: ${result.error ?? CATEGORIES.map((c) => result.scores[c]).join(" / ")}`,
      );
      runs.push(run);
    }
  }
  return { runs };
}

async function run(options) {
  const startedAt = new Date();
  const host = machine();
  const mode = options.cluster ? "2 instances on sqld" : "1 instance on embedded SQLite";
  note(
    `Machine: ${host.cpus} × ${host.model}, ${host.memoryGB} GB, load average ${host.loadAverage.join(" ")} at start; Node ${host.node}; commit ${host.commit}`,
  );
  const sourceDb = sourceFileFor(SCALE);
  ensureBenchData(sourceDb, SCALE);

  let served;
  if (options.cluster) {
    served = await startOnSqld({
      ports: PORTS.cluster,
      sqldPort: PORTS.sqld,
      dbPath: SQLD_DIR,
      sourceDb,
      distDir: DIST_DIR,
      signal: options.signal,
    });
  } else {
    const copied = Date.now();
    await copyDatabase(sourceDb, RUN_DB);
    note(`✓ Copied ${sourceDb} to ${RUN_DB} in ${seconds(Date.now() - copied)}`);
    served = await startSingle({ port: PORTS.single, dbFile: RUN_DB, distDir: DIST_DIR });
  }
  const { bases, databaseUrl } = served;
  const client = await openReadOnly(databaseUrl);
  try {
    const facts = await readFacts(client, {
      reviewSlug: BENCH_REVIEW_SLUG,
      archivePageSize: ARCHIVE_PAGE_SIZE,
    });
    const cookie = await signIn({
      base: bases[0],
      email: BENCH_READER_EMAIL,
      password: BENCH_READER_PASSWORD,
    });

    const page = await pageAsServed(new URL(REVIEW_PATH, bases[0]));
    const folder = mkdtempSync(join(os.tmpdir(), "bench-raw-"));
    const rawFile = join(folder, "review.html");
    writeFileSync(rawFile, page.bytes);
    let rawBases;
    try {
      rawBases = await startRawServers(PORTS.raw.slice(0, bases.length), rawFile, page.headers);
    } finally {
      setTimeout(() => rmSync(folder, { recursive: true, force: true }), 5000).unref();
    }

    const load = { start: host.loadAverage[0] };
    await waitForIdle({ what: "the reads", timeoutMs: IDLE_WAIT_MS });
    const reads = await readPhase({ bases, rawBases, facts, cookie });
    load.afterReads = os.loadavg()[0].toFixed(2);
    progress("Measuring first-visit JavaScript…");
    const js = await jsPhase(bases[0], facts);
    note("✓ First-visit JavaScript measured");
    const writes = await writePhase({ bases, facts, client });
    load.afterWrites = os.loadavg()[0].toFixed(2);
    const log = scanServerLog();
    const { all, problems } = writes.summary;
    writes.met = {
      stored: writes.verification.ok,
      no5xx: all.status5xx === 0,
      noBusy: log.busyLines === 0 && !problems.some((p) => /SQLITE_BUSY|locked/i.test(p)),
      p95: all.p95 < TARGETS.writeP95,
      rate: writes.summary.perSecond >= TARGETS.writesPerSecond,
    };
    const lighthouse = options.cluster
      ? { skipped: "not run with --cluster (the same build; see npm run bench)" }
      : options.skipLighthouse
        ? { skipped: "--skip-lighthouse" }
        : await lighthousePhase(bases[0]);

    const title = `npm run bench: ${mode}, ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
    const sections = [
      {
        title: "Setup",
        lines: [
          `Machine: ${host.cpus} × ${host.model}, ${host.memoryGB} GB memory, load average ${host.loadAverage.join(" / ")} (1/5/15 min) at start; Node ${host.node}; commit ${host.commit}.`,
          `Served: ${mode} (${bases.join(", ")}), build ${DIST_DIR}, database ${options.cluster ? `a copy of ${sourceDb} in sqld (${SQLD_DIR})` : `${RUN_DB}, a fresh copy of ${sourceDb}`} (scale ${SCALE}: ${count(facts.liveReviews)} live reviews, ${count(facts.readers)} bench readers).`,
          `Load average (1 min): ${load.start} at start, ${load.afterReads} after the reads, ${load.afterWrites} after the writes; the benchmark itself keeps about 2–3 busy (the server, and autocannon in this process on the same machine): much more means something else ran at the same time.`,
        ],
      },
      readSection(reads, mode),
      jsSection(js),
      writeSection(writes),
      serverSection(log),
      lighthouseSection(lighthouse),
    ];
    const summary = summarySection({ reads, js, writes, lighthouse });
    sections.push(summary.section);
    console.log(renderText(title, sections));
    const stamp = startedAt.toISOString().slice(0, 19).replaceAll(":", "-");
    const file = writeResults({
      folder: RESULTS_DIR,
      stamp,
      suffix: options.cluster ? "-cluster" : "",
      markdown: renderMarkdown(title, sections),
      serverLog,
      data: {
        title,
        startedAt,
        mode,
        machine: host,
        load,
        settings: { CONNECTIONS, SECONDS, SCALE, WRITE_CONCURRENCY },
        facts,
        reads,
        js,
        writes,
        serverLog: log,
        lighthouse,
        missed: summary.missed,
        failures: summary.failures,
      },
    });
    console.log(
      `\nWritten to ${file} (with .json and .server.log, and as latest${options.cluster ? "-cluster" : ""}.*).`,
    );
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    client.close();
  }
}

export async function main(argv) {
  let options;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        cluster: { type: "boolean" },
        "skip-lighthouse": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    options = {
      cluster: values.cluster,
      skipLighthouse: values["skip-lighthouse"],
      help: values.help,
    };
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const controller = new AbortController();
  options.signal = controller.signal;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, async () => {
      note(`\n${signal}: stopping the servers…`);
      controller.abort();
      await stopAll();
      process.exit(130);
    });
  }
  try {
    return await run(options);
  } catch (error) {
    if (controller.signal.aborted) return 130;
    if (error instanceof BenchError) {
      note(`✗ ${error.message}`);
      for (const line of error.details) note(`    ${line}`);
    } else {
      note(
        `✗ The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
      );
    }
    return 1;
  } finally {
    progress("Stopping the servers…");
    await stopAll();
  }
}
