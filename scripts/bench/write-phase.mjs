// The write phase as run: the bench readers signed in, their writes sent through the server
// actions, then checked in the database, and the targets they met.
import { SCORE_STEPS } from "../../lib/scores.ts";
import { BENCH_READER_PASSWORD, BENCH_REVIEW_SLUG, readerHandle } from "./data/index.ts";
import { findActionId } from "./actions.mjs";
import {
  COMMENT_READERS,
  DIST_DIR,
  FIRST_COMMENTER,
  FIRST_WARMER,
  ROUND_GAP_MS,
  SCORE_READERS,
  SIGN_IN_CONCURRENCY,
  TARGETS,
  WARMUP_READERS,
  WRITE_CONCURRENCY,
  WRITE_ROUNDS,
} from "./config.mjs";
import { cpuUse } from "./cpu.mjs";
import { startProfile } from "./profile-summary.mjs";
import { count, ms } from "./report.mjs";
import { BenchError, note, progress, seconds } from "./status.mjs";
import { planWrites, runWrites, signInAll, summariseWrites, verifyWrites } from "./writes.mjs";

/** Signs the jobs' readers in, `SIGN_IN_CONCURRENCY` at a time: their cookies, and how long. */
async function signInWriters(bases, jobs) {
  const handles = [...new Set(jobs.map((j) => j.handle))];
  const started = Date.now();
  const cookies = await signInAll({
    bases,
    handles,
    password: BENCH_READER_PASSWORD,
    concurrency: SIGN_IN_CONCURRENCY,
    onProgress: (done, total) => progress(`Signing the writers in: ${done}/${total}`),
  });
  const signInMs = Date.now() - started;
  note(
    `✓ Signed ${handles.length} readers in (${SIGN_IN_CONCURRENCY} at a time) in ${seconds(signInMs)}`,
  );
  return { cookies, signInMs, signedIn: handles.length };
}

/** Handles of the bench readers numbered from `first`, `n` of them. */
const readers = (first, n) => Array.from({ length: n }, (_, i) => readerHandle(first + i));

export async function writePhase({ bases, facts, client, profiler }) {
  const needed = FIRST_WARMER + WARMUP_READERS - 1;
  if (facts.readers < needed) {
    throw new BenchError(
      `The write phase needs ${needed} bench readers; this database has ${facts.readers} (use a larger BENCH_SCALE)`,
    );
  }
  const actionIds = {
    comment: findActionId(DIST_DIR, "app/reviews/[slug]/actions.ts", "postComment"),
    score: findActionId(DIST_DIR, "app/reviews/[slug]/score-actions.ts", "saveScore"),
  };
  const review = { id: facts.reviewId, slug: BENCH_REVIEW_SLUG };
  const runId = new Date().toISOString();
  const plan = (label, scorers, commenters) =>
    planWrites({ targets: facts.scoreTargets, review, label, scorers, commenters });
  const commenters = readers(FIRST_COMMENTER, COMMENT_READERS);
  const rounds = Array.from({ length: WRITE_ROUNDS }, (_, n) =>
    plan(`${runId} round ${n + 1}`, readers(1 + n * SCORE_READERS, SCORE_READERS), commenters),
  );
  const warmers = readers(FIRST_WARMER, WARMUP_READERS);
  const warmUpJobs = plan(`${runId} warm-up`, warmers, warmers);
  const { cookies, signInMs, signedIn } = await signInWriters(bases, [
    ...rounds.flat(),
    ...warmUpJobs,
  ]);
  const round = (jobs, what) => writeRound({ bases, jobs, cookies, actionIds, what });
  const warmUp = await round(warmUpJobs, "Warm-up");
  const syncsBefore = await replicaSyncs(bases);
  const profiling = profiler && startProfile(profiler);
  const measured = [];
  for (const [n, jobs] of rounds.entries()) {
    // The same readers comment again: the site allows one comment a reader every so often.
    if (n > 0) await pause(ROUND_GAP_MS, "the readers may comment again");
    measured.push(await round(jobs, `Round ${n + 1} of ${WRITE_ROUNDS}`));
  }
  const syncsAfter = await replicaSyncs(bases);
  const profile = await profiling?.stop(rounds.flat().length);
  progress("Checking the writes in the database…");
  const verification = await verifyWrites(client, {
    jobs: rounds.flat(),
    reviewId: review.id,
    scoreSteps: SCORE_STEPS,
  });
  note(
    `${verification.ok ? "✓" : "✗"} Write check: ${verification.ok ? "all stored as sent" : verification.problems.join("; ")}`,
  );
  return {
    signInMs,
    signedIn,
    warmUp,
    rounds: measured,
    summary: median(measured),
    /** What went wrong in any measured round, by round. */
    problems: measured.flatMap((r, n) => r.problems.map((p) => `round ${n + 1}: ${p}`)),
    replicaSyncs: syncsBefore === null || syncsAfter === null ? null : syncsAfter - syncsBefore,
    verification,
    scored: facts.scoreTargets,
    profile,
  };
}

/** The round with the median rate (summariseWrites), the one the targets are judged by. */
function median(rounds) {
  const byRate = [...rounds].sort((a, b) => a.perSecond - b.perSecond);
  return byRate[Math.floor(byRate.length / 2)];
}

/** Waits `ms`, saying why. */
async function pause(ms, why) {
  progress(`Waiting ${seconds(ms)}: ${why}`);
  await new Promise((done) => setTimeout(done, ms));
}

/** Sends one round of writes: its summary (summariseWrites) with the CPU it took. */
async function writeRound({ bases, jobs, cookies, actionIds, what }) {
  const cpu = cpuUse();
  const run = await runWrites({
    bases,
    jobs,
    cookies,
    actionIds,
    concurrency: WRITE_CONCURRENCY,
    onProgress: (done, total) => progress(`${what}: ${done}/${total}`),
  });
  const summary = summariseWrites(run);
  const { others, serversMs, benchMs, byProgram } = cpu.stop();
  const perWrite = (ms) => ms / jobs.length;
  Object.assign(summary, {
    others,
    serverCpuMsPerWrite: perWrite(serversMs),
    clientCpuMsPerWrite: perWrite(benchMs),
    serverCpuByProgram: Object.fromEntries(
      Object.entries(byProgram).map(([name, ms]) => [name, perWrite(ms)]),
    ),
  });
  const notOk = summary.all.count - summary.all.ok;
  note(
    `✓ ${what}: ${jobs.length} writes in ${seconds(run.wallMs)}: ${count(summary.perSecond)}/s, p95 ${ms(summary.all.p95)} ms, ${summary.serverCpuMsPerWrite.toFixed(1)} ms of the servers' CPU a write${notOk ? `, ${notOk} not ok` : ""}`,
  );
  return summary;
}

/**
 * How many times the servers' replicas have synced since they started (their /api/health), in
 * all; null when a server has no replica or did not say.
 */
async function replicaSyncs(bases) {
  const counts = await Promise.all(
    bases.map(async (base) => {
      try {
        const health = await (await fetch(new URL("/api/health", base))).json();
        return health?.database?.replica?.syncs ?? null;
      } catch {
        return null;
      }
    }),
  );
  return counts.every((n) => typeof n === "number") ? counts.reduce((a, b) => a + b, 0) : null;
}

/**
 * Which write targets the run met, the server output (server-log.mjs) included: the rate and the
 * p95 by the median round, the rest by every measured round.
 */
export function writeTargetsMet(writes, log) {
  const { all, perSecond } = writes.summary;
  return {
    stored: writes.verification.ok,
    no5xx: writes.rounds.every((r) => r.all.status5xx === 0),
    noBusy: log.busyLines === 0 && !writes.problems.some((p) => /SQLITE_BUSY|locked/i.test(p)),
    p95: all.p95 < TARGETS.writeP95,
    rate: perSecond >= TARGETS.writesPerSecond,
  };
}
