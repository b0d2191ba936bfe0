/**
 * The benchmark's newsletter sender, a process of its own beside the site's server on the same
 * database file (npm run bench, newsletter-phase.mjs): puts the review `--slug` live through
 * publishWrite (its batch queues the issue for every subscriber: timed), then drains the queue as
 * the server does, drainNewsletter with the real lease, claims and records and nodemailer's pooled
 * SMTP transport to SMTP_URL: at the site's NEWSLETTER_RATE until a line "full" on stdin, then at
 * `--full-rate` mails a second. Its heap and RSS are sampled all along. It says what happens as
 * lines `@bench {json}` on stdout: queued, started, progress, full, done.
 */
import "../react-server";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { slug: { type: "string" }, "full-rate": { type: "string" } },
});
const slug = values.slug ?? "";
const fullRate = Number(values["full-rate"]);
if (!slug || !(fullRate > 0)) {
  console.error(
    "Usage: tsx scripts/bench/newsletter-sender.ts --slug <review> --full-rate <mails/s>",
  );
  process.exit(2);
}

const { eq, sql } = await import("drizzle-orm");
const { getDb } = await import("@/db");
const { now } = await import("@/db/clock.mjs");
const { takeSenderLease } = await import("@/db/queries/newsletter-deliveries");
const { publishWrite } = await import("@/db/queries/publishing");
const { reviews } = await import("@/db/schema");
const { sendMail } = await import("@/lib/mail/send");
const { defaultSenderOptions, drainNewsletter } = await import("@/jobs/newsletter-sender");

const say = (event: string, data: object = {}) =>
  console.log(`@bench ${JSON.stringify({ event, at: Date.now(), ...data })}`);

let sent = 0;
const options = {
  ...defaultSenderOptions(),
  send: async (message: Parameters<typeof sendMail>[0]) => {
    await sendMail(message);
    sent += 1;
  },
};

// The lease first: a site process driving its own sender finds it held and leaves the issue to us.
if (!(await takeSenderLease(options.holder, options.leaseMs))) {
  console.error("Another sender holds the newsletter's lease: nothing sent.");
  process.exit(1);
}
const db = getDb();
const queueStarted = performance.now();
await publishWrite(
  [db.update(reviews).set({ publishedAt: now() }).where(eq(reviews.slug, slug))],
  [],
);
const queueMs = performance.now() - queueStarted;
const [issue] = await db.all<{ id: number; deliveries: number }>(sql`
  SELECT i.id, (SELECT count(*) FROM newsletter_deliveries d WHERE d.issue_id = i.id) AS deliveries
  FROM newsletter_issues i JOIN reviews r ON r.id = i.review_id WHERE r.slug = ${slug}`);
if (!issue) {
  console.error(`Putting ${slug} live queued no newsletter issue.`);
  process.exit(1);
}
say("queued", { queueMs, issueId: issue.id, deliveries: issue.deliveries, rate: options.rate });
createInterface({ input: process.stdin }).on("line", (line) => {
  if (line !== "full") return;
  options.rate = fullRate;
  say("full", { sent });
});

/** Deliveries of the issue still due: a drain that ended as the rate changed left some. */
const due = async () => {
  const [row] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM newsletter_deliveries
    WHERE issue_id = ${issue.id} AND state = 'queued' AND next_attempt_at <= ${Date.now()}`);
  return row?.n ?? 0;
};

type Sample = { rssMB: number; heapMB: number };
const MB = 1024 * 1024;
const sample = (): Sample => {
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMB: rss / MB, heapMB: heapUsed / MB };
};
const start = sample();
const peak = { ...start };
const sampler = setInterval(() => {
  const s = sample();
  peak.rssMB = Math.max(peak.rssMB, s.rssMB);
  peak.heapMB = Math.max(peak.heapMB, s.heapMB);
}, 100);
const reporter = setInterval(() => say("progress", { sent }), 250);

say("started");
const started = performance.now();
const result = { handled: 0, leased: true };
while (result.leased && (result.handled === 0 || (await due()) > 0)) {
  const round = await drainNewsletter(options);
  result.handled += round.handled;
  result.leased = round.leased;
  if (round.handled === 0) break;
}
const sendMs = performance.now() - started;
clearInterval(sampler);
clearInterval(reporter);
const end = sample();
say("done", { ...result, sent, sendMs, memory: { start, peak, end } });
process.exit(0);
