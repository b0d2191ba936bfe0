// The results as sections of tables and notes (report.mjs renders them as text and Markdown).
import {
  CONNECTIONS,
  DIST_DIR,
  MAX_ATTEMPTS,
  MAX_OTHERS,
  RUN_DB,
  SCALE,
  SECONDS,
  SQLD_DIR,
  TARGETS,
  WARMUP_SECONDS,
} from "./config.mjs";
import { CATEGORIES, CHROME_PATH, lighthouseVersion } from "./lighthouse.mjs";
import { newsletterFailures, newsletterTargets } from "./newsletter-sections.mjs";
import { count, kB, ms, percent, ratio, table, verdict } from "./report.mjs";

const targetText = (t) =>
  !t
    ? ""
    : t.ratio
      ? `≥ ${t.ratio}× ${t.against ?? "static"}`
      : `p95 < ${t.p95} ms${t.keptOnWrite ? " or kept on write" : ""}`;

/** What a row measured against "p95 or precomputed on write" met it by. */
const keptOnWriteNotes = (reads) =>
  reads
    .filter((r) => r.target?.keptOnWrite)
    .map(({ label, target, metBy }) => {
      const { kept, made } = target.keptOnWrite;
      return `${label}: the issue asks for p95 < ${target.p95} ms at ${CONNECTIONS} connections, or the page precomputed incrementally on write. follower_activity held ${count(kept)} of the ${count(made)} scores and comments of the readers followed before the first request (its triggers write them with each score, comment and follow; the write rate with them is in the README's Readers compared): met by ${metBy ?? "neither"}.`;
    });

/** The others' share of the CPU during a measurement, and which try it was when not the first. */
const othersText = (r) => `${percent(r.others)}${r.attempts > 1 ? ` (try ${r.attempts})` : ""}`;

const LOAD_POINTS = [
  ["start", "at start"],
  ["afterReads", "after the reads"],
  ["afterWrites", "after the writes"],
  ["afterNewsletter", "after the newsletter"],
];
const loadText = (load) =>
  LOAD_POINTS.filter(([key]) => load[key] !== undefined)
    .map(([key, when]) => `${load[key]} ${when}`)
    .join(", ");

/** The machine, what was served on which database, and the load average along the way. */
export function setupSection({ host, mode, bases, cluster, sourceDb, facts, load }) {
  const database = cluster
    ? `a copy of ${sourceDb} in sqld (${SQLD_DIR}), each instance on an embedded replica of it (${SQLD_DIR}-replicas)`
    : `${RUN_DB}, a fresh copy of ${sourceDb}`;
  return {
    title: "Setup",
    lines: [
      `Machine: ${host.cpus} × ${host.model}, ${host.memoryGB} GB memory, load average ${host.loadAverage.join(" / ")} (1/5/15 min) at start; Node ${host.node}; commit ${host.commit}.`,
      `Served: ${mode} (${bases.join(", ")}), build ${DIST_DIR}, database ${database} (scale ${SCALE}: ${count(facts.liveReviews)} live reviews, ${count(facts.readers)} bench readers, ${count(facts.subscribers)} newsletter subscribers).`,
      `Load average (1 min): ${loadText(load)}; the benchmark itself keeps about 2–3 busy (the server, and autocannon in this process on the same machine; during the newsletter also the sender and the SMTP sink): much more means something else ran at the same time.`,
    ],
  };
}

export function readSection(reads, mode) {
  const rows = reads.map((r) => [
    r.label,
    count(r.rps),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    count(r.errors),
    ratio(r.xStatic),
    ratio(r.xRaw),
    ratio(r.xNginx),
    `${ms(r.first.ms)} ${[...new Set(r.cache)].join("/")}`.trim(),
    othersText(r),
    targetText(r.target),
    verdict(r.met),
  ]);
  const numbers = [">req/s", ">p50 ms", ">p95 ms", ">p99 ms", ">errors", ">× static", ">× raw"];
  numbers.push(">× nginx");
  return {
    title: `Reads (${mode})`,
    table: table(["page", ...numbers, "1st ms, cache", ">others", "target", ""], rows),
    notes: [
      `${CONNECTIONS} connections, ${SECONDS} s a page after a ${WARMUP_SECONDS} s warm-up round; latencies are exact percentiles of every response. Requests do not ask for compression, on either server.`,
      "× static: requests/s against the home page `/` (a static Next page) measured in the same run; × raw: against the review page's exact bytes and headers served by node:http; × nginx: against the same bytes and headers served by nginx from a file.",
      "Through nginx: deploy/nginx.conf in front of the site's servers, as npm run start:cluster runs it, its cache keeping the page for the site's s-maxage (a few seconds), then fetching it again.",
      "1st ms, cache: the time of the first request of the run (a render when the page was not cached yet), then X-Cache-Status (through nginx) or x-nextjs-cache on three requests after the warm-up (none: not an ISR page; not asked of the baselines).",
      "Signed in: reader_000001's session cookie. The page should cost what it costs signed out; /api/viewer is the per-reader request every page view makes.",
      `others: the share of the machine's CPU that processes outside the benchmark used while the row was measured; above a few % the row is pessimistic. Above ${MAX_OTHERS * 100}% the row is measured again once the machine is idle, ${MAX_ATTEMPTS} tries at most; the last one is shown.`,
      ...keptOnWriteNotes(reads),
    ],
  };
}

export function jsSection(js) {
  const rows = js.rows.map((r) =>
    r.error
      ? [r.label, "", "", "", "", `failed: ${r.error}`]
      : [r.label, r.scripts, kB(r.total), kB(r.floor), kB(r.above), verdict(r.met)],
  );
  const limit = `≤ ${kB(js.limitBytes)} above`;
  return {
    title: "First-visit JavaScript (gzip)",
    table: table(["page", ">scripts", ">total", ">floor", ">above floor", limit], rows),
    notes: [
      `Every <script src> in the page's HTML that a module-supporting browser loads (noModule skipped), each gzipped at level ${js.gzipLevel}; inline scripts (the RSC payload) are not counted.`,
      "The floor: the build's rootMainFiles (build-manifest.json), what an empty page loads.",
    ],
  };
}

export function serverSection(log) {
  const heavy = log.heavyQueries
    .slice(0, 6)
    .map(
      (q) =>
        `sqld: ${count(q.read)} rows read, ${count(q.written)} written (${q.times}×): ${q.sql.slice(0, 240)}`,
    );
  return {
    title: "Server output",
    lines: [
      `${count(log.lines)} lines during the run, ${log.busyLines} mentioning SQLITE_BUSY, ${log.errorLines} others that look like errors or 5xx; all of it is in the .server.log file beside these results.`,
    ],
    notes: [
      ...[...log.busy, ...log.errors].slice(0, 8).map((l) => `Said: ${l.slice(0, 300)}`),
      ...heavy,
    ],
  };
}

export function lighthouseSection(lh) {
  if (lh.skipped) return { title: "Lighthouse", lines: [`Skipped: ${lh.skipped}.`] };
  const rows = lh.runs.map((r) => [
    r.label,
    r.formFactor,
    ...(r.error ? ["", "", "", ""] : CATEGORIES.map((c) => r.scores[c] ?? "–")),
    othersText(r),
    r.error ? `failed: ${r.error}` : verdict(r.met),
  ]);
  const lost = lh.runs
    .filter((r) => r.lost)
    .flatMap((r) =>
      CATEGORIES.filter((c) => r.lost[c].length > 0).map(
        (c) => `Lost points: ${r.label} ${r.formFactor}, ${c}: ${r.lost[c].slice(0, 6).join(", ")}`,
      ),
    );
  const scores = [">performance", ">accessibility", ">best practices", ">SEO"];
  return {
    title: "Lighthouse",
    table: table(["page", "form factor", ...scores, ">others", "target"], rows),
    notes: [
      `Targets: desktop 100 in all four categories; mobile performance ≥ ${TARGETS.mobilePerformance}. The comparison page: not built yet.`,
      `Lighthouse ${lighthouseVersion()} (its CLI), Chromium at ${CHROME_PATH}, headless, default (simulated) throttling; one run at a time, after the load phases, once the machine is idle.`,
      ...lost,
    ],
  };
}

/** What missed its target and what failed (the exit code), of the phases that ran. */
export function summarySection({
  reads = [],
  js,
  writes,
  newsletter,
  lighthouse,
  compared = [],
  oneInstance,
}) {
  const writeTargets = {
    stored: "all stored",
    no5xx: "no 5xx",
    noBusy: "no SQLITE_BUSY",
    p95: `p95 < ${TARGETS.writeP95} ms`,
    rate: `≥ ${TARGETS.writesPerSecond} writes/s`,
  };
  const missed = [
    ...reads.filter((r) => r.met === false).map((r) => `${r.label} (${targetText(r.target)})`),
    ...(js?.rows ?? []).filter((r) => r.met === false).map((r) => `JavaScript of ${r.label}`),
    ...Object.entries(writes?.met ?? {})
      .filter(([, met]) => !met)
      .map(([key]) => `writes: ${writeTargets[key]}`),
    ...Object.entries(newsletter?.met ?? {})
      .filter(([, met]) => !met)
      .map(([key]) => `newsletter: ${newsletterTargets[key]}`),
    ...(lighthouse?.runs ?? [])
      .filter((r) => r.met === false)
      .map((r) => `Lighthouse ${r.label} ${r.formFactor}`),
    ...compared
      .filter((r) => !r.met)
      .map((r) => `two instances against one: ${r.label} (≥ ${r.target}×)`),
  ];
  const all = writes?.summary.all;
  const failures = [
    ...reads.filter((r) => r.errors > 0).map((r) => `${r.errors} failed requests on ${r.label}`),
    ...(js?.rows ?? []).filter((r) => r.error).map((r) => `${r.label}'s HTML: ${r.error}`),
    ...(all && all.ok < all.count ? [`${all.count - all.ok} of ${all.count} writes not ok`] : []),
    ...(writes && !writes.verification.ok ? ["the write verification failed"] : []),
    ...(oneInstance && !oneInstance.writes.verification.ok
      ? ["the one instance's write verification failed"]
      : []),
    ...(oneInstance?.reads ?? [])
      .filter((r) => r.errors > 0)
      .map((r) => `${r.errors} failed requests on ${r.label} (one instance)`),
    ...(newsletter ? newsletterFailures(newsletter) : []),
  ];
  return {
    missed,
    failures,
    section: {
      title: "Summary",
      lines: [
        missed.length ? `Targets missed: ${missed.join("; ")}.` : "Every target measured was met.",
        failures.length
          ? `Failures (exit code 1): ${failures.join("; ")}.`
          : "No request failed; what was written verified.",
      ],
    },
  };
}
