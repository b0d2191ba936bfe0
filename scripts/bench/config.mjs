// What the benchmark measures, where, for how long, and against which targets.
import { COMMENT_INTERVAL_MS } from "../../lib/comment-rules.ts";
import { BENCH_REVIEW_SLUG } from "./data/index.ts";

const env = process.env;
/** The site's port; the others follow it (see PORTS). */
const PORT_BASE = Number(env.BENCH_PORT_BASE ?? 3200);

export const USAGE = `Usage: npm run bench [-- --cluster] [-- --skip-lighthouse]
                 [-- --skip-newsletter | --newsletter-only | --writes-only | --rows <keys>]
                 [-- --profile]

Builds into .next-bench when needed, serves a fresh copy of the bench database and measures it:
reads with autocannon against two baselines, first-visit JavaScript, 1,000 concurrent writes
(three rounds after a warm-up, the median judged; verified in the database), the newsletter
(queueing and sending an issue to 100,000 subscribers into a local SMTP sink, and the review
page meanwhile), and Lighthouse. Prints the results and writes them to bench-results/.

  --cluster          one instance on the file on :${PORT_BASE} first (/api/viewer, a new search
                     and the writes), then sqld on :${PORT_BASE + 30} and two instances on embedded
                     replicas of it on :${PORT_BASE + 1}/:${PORT_BASE + 2}, the whole run; with the ratios
  --skip-lighthouse  leave out the Lighthouse runs
  --skip-newsletter  leave out the newsletter
  --newsletter-only  only the newsletter (no reads, JavaScript, writes or Lighthouse)
  --writes-only      only the 1,000 writes (no reads, JavaScript, newsletter or Lighthouse)
  --rows <keys>      only these read rows, by key (comma-separated; pages.mjs), without the
                     baselines: readers compared are comparison,readers-like-you,like-you-score,following
  --profile          a CPU profile of the server over the writes (one instance), written beside
                     the results, and where a write's time went printed with them

Environment: BENCH_CONNECTIONS (20), BENCH_SECONDS (10 a page), BENCH_SCALE (1: data/bench.db,
else data/bench-<scale>.db), BENCH_WRITE_CONCURRENCY (50), BENCH_IDLE_WAIT (120 s at most
waiting for other work on the machine to stop), BENCH_PORT_BASE (3200: the site's port; the
raw and nginx baselines, nginx in front of the site, the SMTP sink and sqld take the ports above
it), CHROME_PATH (/usr/bin/chromium).`;

export const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 20);
export const SECONDS = Number(env.BENCH_SECONDS ?? 10);
export const WARMUP_SECONDS = Math.min(5, SECONDS);
export const SCALE = Number(env.BENCH_SCALE ?? 1);
export const WRITE_CONCURRENCY = Number(env.BENCH_WRITE_CONCURRENCY ?? 50);
export const IDLE_WAIT_MS = Number(env.BENCH_IDLE_WAIT ?? 120) * 1000;
/** The newsletter sender's rate option: high enough that the sender and SMTP set the pace. */
export const NEWSLETTER_RATE = 10_000;
/** A measurement during which other processes used more of the CPU is taken again… */
export const MAX_OTHERS = 0.15;
/** …up to this many times in all. */
export const MAX_ATTEMPTS = 3;

export const DIST_DIR = ".next-bench";
export const RUN_DB = "data/bench-run.db";
export const SQLD_DIR = "data/bench-sqld";
export const RESULTS_DIR = "bench-results";
/** Where --profile's CPU profile of the server goes (open it in Chrome's DevTools). */
export const PROFILE_FILE = `${RESULTS_DIR}/latest-writes.cpuprofile`;
export const PORTS = {
  single: PORT_BASE,
  cluster: [PORT_BASE + 1, PORT_BASE + 2],
  raw: [PORT_BASE + 10, PORT_BASE + 11],
  nginxFile: PORT_BASE + 12,
  proxy: PORT_BASE + 13,
  smtp: PORT_BASE + 20,
  sqld: PORT_BASE + 30,
  chrome: 8495,
};

/**
 * Readers who score (each every target soundtrack), and other readers who comment once each. The
 * measured writes are run WRITE_ROUNDS times and the median round is the one judged: on this
 * shared machine one round alone came out anywhere from 135 to 296 writes/s. Each round has
 * scoring readers of its own, so that every round makes first scores (an insert, not an update),
 * and the same commenting readers, ROUND_GAP_MS apart, which the site allows.
 */
export const SCORE_READERS = 50;
export const COMMENT_READERS = 500;
export const WRITE_ROUNDS = 3;
export const ROUND_GAP_MS = COMMENT_INTERVAL_MS + 1_000;
/**
 * Readers after those who, before the measured writes, each score every target and comment once:
 * a warm-up round, as the reads have one. A server's first thousand writes run code V8 has not
 * compiled yet and cost it half as much again as the writes after them.
 */
export const WARMUP_READERS = 100;
/** The bench readers are numbered from 1: each round's scorers first, then these. */
export const FIRST_COMMENTER = WRITE_ROUNDS * SCORE_READERS + 1;
export const FIRST_WARMER = FIRST_COMMENTER + COMMENT_READERS;
export const SIGN_IN_CONCURRENCY = 4;

export const TARGETS = {
  /** The review page signed out, against the static page's requests/s. */
  staticRatio: 0.9,
  /** The review page signed out through deploy/nginx.conf, against nginx serving its bytes from a file. */
  proxyRatio: 0.9,
  /** Every other measured page and /api/viewer, at CONNECTIONS connections. */
  p95: 100,
  /** First-visit JavaScript above the floor, gzipped bytes. */
  jsAboveFloor: 15_000,
  writeP95: 300,
  writesPerSecond: 200,
  /** --cluster: /api/viewer and a new search on two instances, against one on the file. */
  clusterReads: 0.9,
  /** --cluster: writes/s on two instances, against one on the file. */
  clusterWrites: 0.8,
  mobilePerformance: 95,
  /** Newsletter mails handed to the SMTP sink a second, the sender alone. */
  mailsPerSecond: 300,
  /** The sender's heap at its peak during the send, above its heap when it began, in MB. */
  senderHeapGrowthMB: 64,
  /** The review page's requests/s during a send, against the same without one. */
  duringSendRatio: 0.9,
};

export const REVIEW_PATH = `/reviews/${BENCH_REVIEW_SLUG}`;
