// The write phase: score and comment writes through the running server's own server actions,
// many at once, then a check in the database that every one of them is stored exactly as sent.
import { readerEmail } from "./data/index.ts";
import { callAction, signIn } from "./actions.mjs";
import { latencySummary } from "./load.mjs";
import { tally } from "./report.mjs";

/**
 * Every one of `scorers` scores every one of `targets` (soundtracks with live reviews), and each of
 * `commenters` posts one comment on the big review: a comment is limited to one per reader per
 * 10 seconds, so one reader cannot post many at once. Interleaved, so that both kinds are in
 * flight together. `label` makes the comment bodies this plan's own.
 */
export function planWrites({ targets, review, label, scorers, commenters }) {
  const scores = [];
  targets.forEach((target, t) => {
    scorers.forEach((handle, i) => {
      const tenths = (((i + 1) * 3 + t * 7) % 21) * 5; // every half step from 0 to 10 comes up
      scores.push({ kind: "score", handle, ...target, tenths });
    });
  });
  const comments = commenters.map((handle, i) => {
    const body = `Bench ${label}: comment ${i + 1} of ${commenters.length}, from ${handle}.`;
    return { kind: "comment", handle, reviewId: review.id, slug: review.slug, body };
  });
  const jobs = [];
  for (let i = 0; i < Math.max(scores.length, comments.length); i++) {
    if (scores[i]) jobs.push(scores[i]);
    if (comments[i]) jobs.push(comments[i]);
  }
  return jobs;
}

/** Runs `work(item, i)` over the items with at most `limit` at once; resolves with the results. */
async function pool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Signs every handle in, `concurrency` at a time, round robin over the servers: handle -> cookie. */
export async function signInAll({ bases, handles, password, concurrency, onProgress }) {
  let done = 0;
  const cookies = await pool(handles, concurrency, async (handle, i) => {
    const cookie = await signIn({
      base: bases[i % bases.length],
      email: readerEmail(handle),
      password,
    });
    onProgress?.(++done, handles.length);
    return cookie;
  });
  return new Map(handles.map((handle, i) => [handle, cookies[i]]));
}

/** Sends every job, at most `concurrency` at once, split round robin over the servers. */
export async function runWrites({ bases, jobs, cookies, actionIds, concurrency, onProgress }) {
  let done = 0;
  const started = performance.now();
  const results = await pool(jobs, concurrency, async (job, i) => {
    const fields =
      job.kind === "score"
        ? { slug: job.slug, soundtrackId: job.soundtrackId, score: job.tenths / 10, intent: "save" }
        : { reviewId: job.reviewId, body: job.body, tz: "UTC" };
    const answer = await callAction({
      base: bases[i % bases.length],
      path: `/reviews/${job.slug}`,
      actionId: actionIds[job.kind],
      fields,
      cookie: cookies.get(job.handle),
    });
    onProgress?.(++done, jobs.length);
    return { ...job, ...answer };
  });
  return { results, wallMs: performance.now() - started };
}

/** Counts, throughput and latency of a write run, overall and per kind. */
export function summariseWrites({ results, wallMs }) {
  const group = (rows) => ({
    count: rows.length,
    ok: rows.filter((r) => r.state?.status === "ok").length,
    errorStates: rows.filter((r) => r.state?.status === "error").length,
    non2xx: rows.filter((r) => r.status !== 0 && (r.status < 200 || r.status > 299)).length,
    status5xx: rows.filter((r) => r.status >= 500).length,
    failedRequests: rows.filter((r) => r.status === 0).length,
    ...latencySummary(rows.map((r) => r.ms)),
  });
  return {
    wallMs,
    perSecond: results.length / (wallMs / 1000),
    all: group(results),
    score: group(results.filter((r) => r.kind === "score")),
    comment: group(results.filter((r) => r.kind === "comment")),
    /** What went wrong, counted: error messages, statuses, network errors. */
    problems: tally(
      results
        .filter((r) => r.state?.status !== "ok")
        .map((r) =>
          r.status === 0
            ? `request failed: ${r.error}`
            : r.state
              ? `${r.kind} "${r.state.message}"`
              : `${r.kind} HTTP ${r.status} without an action state`,
        ),
    ),
  };
}

/**
 * Reads back what the jobs wrote: every comment body stored exactly once, by its reader, on its
 * review; every score row as sent; and for each soundtrack scored, score_stats (count, sum, the
 * 21-bucket histogram) equal to a recount of reader_scores, as db/queries/scores.ts computes it.
 */
export async function verifyWrites(client, { jobs, reviewId, scoreSteps }) {
  const query = async (sql, args = []) => (await client.execute({ sql, args })).rows;
  const problems = [];

  const commentJobs = jobs.filter((j) => j.kind === "comment");
  const marks = (list) => list.map(() => "?").join(", ");
  const stored = await query(
    `SELECT c.body, u.handle, c.review_id FROM comments c JOIN users u ON u.id = c.author_id
     WHERE c.review_id = ? AND c.body IN (${marks(commentJobs)})`,
    [reviewId, ...commentJobs.map((j) => j.body)],
  );
  const byBody = new Map();
  for (const row of stored) byBody.set(row.body, [...(byBody.get(row.body) ?? []), row]);
  const missing = commentJobs.filter((j) => !byBody.has(j.body)).length;
  const twice = [...byBody.values()].filter((rows) => rows.length > 1).length;
  const wrongAuthor = commentJobs.filter((j) =>
    (byBody.get(j.body) ?? []).some((row) => row.handle !== j.handle),
  ).length;
  if (missing) problems.push(`${missing} of ${commentJobs.length} comments are not stored`);
  if (twice) problems.push(`${twice} comments are stored more than once`);
  if (wrongAuthor) problems.push(`${wrongAuthor} comments are stored under another reader`);

  const scoreJobs = jobs.filter((j) => j.kind === "score");
  const handles = [...new Set(scoreJobs.map((j) => j.handle))];
  const soundtracks = [...new Set(scoreJobs.map((j) => j.soundtrackId))];
  const scoreRows = await query(
    `SELECT u.handle, s.soundtrack_id, s.score FROM reader_scores s JOIN users u ON u.id = s.user_id
     WHERE u.handle IN (${marks(handles)}) AND s.soundtrack_id IN (${marks(soundtracks)})`,
    [...handles, ...soundtracks],
  );
  const scoreOf = new Map(
    scoreRows.map((r) => [`${r.handle}/${r.soundtrack_id}`, Number(r.score)]),
  );
  const wrongScores = scoreJobs.filter(
    (j) => scoreOf.get(`${j.handle}/${j.soundtrackId}`) !== j.tenths,
  );
  if (wrongScores.length) {
    problems.push(`${wrongScores.length} of ${scoreJobs.length} scores are not stored as sent`);
  }

  const buckets = scoreSteps.map((step) => `count(*) FILTER (WHERE score = ${Number(step)})`);
  const drifted = [];
  for (const soundtrackId of soundtracks) {
    const [stats] = await query(
      "SELECT score_count, score_sum, histogram FROM score_stats WHERE soundtrack_id = ?",
      [soundtrackId],
    );
    const [recount] = await query(
      `SELECT count(*) AS score_count, coalesce(sum(score), 0) AS score_sum,
              json_array(${buckets.join(", ")}) AS histogram
       FROM reader_scores WHERE soundtrack_id = ?`,
      [soundtrackId],
    );
    const same =
      stats &&
      Number(stats.score_count) === Number(recount.score_count) &&
      Number(stats.score_sum) === Number(recount.score_sum) &&
      JSON.stringify(JSON.parse(String(stats.histogram))) === String(recount.histogram);
    if (!same) drifted.push(soundtrackId);
  }
  if (drifted.length) {
    problems.push(`score_stats differs from a recount for soundtrack ${drifted.join(", ")}`);
  }

  return {
    ok: problems.length === 0,
    problems,
    comments: { sent: commentJobs.length, stored: stored.length, missing, twice, wrongAuthor },
    scores: { sent: scoreJobs.length, asSent: scoreJobs.length - wrongScores.length },
    aggregates: { checked: soundtracks.length, drifted: drifted.length },
  };
}
