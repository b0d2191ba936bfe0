// The newsletter phase: the review page measured with no send, then a review put live (its issue
// queued for every subscriber, timed) and sent by a sender process of its own (newsletter-sender.ts)
// into a local SMTP sink (smtp-sink.mjs): first at the site's NEWSLETTER_RATE while the review page
// is measured again, then at full speed (measured once more) to its end; then the send checked in
// the database and at the sink. In production the server process drives the sender on a timer;
// here it is a process beside the server, on the same database.
import { stopChild } from "../sqld.mjs";
import {
  CONNECTIONS,
  IDLE_WAIT_MS,
  NEWSLETTER_RATE,
  PORTS,
  REVIEW_PATH,
  SECONDS,
  TARGETS,
  WARMUP_SECONDS,
} from "./config.mjs";
import { onQuietMachine, othersCpu, waitForIdle } from "./cpu.mjs";
import { measure } from "./load.mjs";
import { count, ms, percent } from "./report.mjs";
import { HOST, logLine, portFree, spawnNode, TSX } from "./servers.mjs";
import { BenchError, note, progress, seconds } from "./status.mjs";

const MARK = "@bench ";

/** A promise with its resolve and reject at hand. */
function deferred() {
  let resolve, reject;
  const promise = new Promise((yes, no) => ((resolve = yes), (reject = no)));
  promise.catch(() => {}); // a step nobody waits for any more must not fail the run
  return { promise, resolve, reject };
}

/** Fails every step still waited for when `child` exits, with its last lines. */
function failOnExit(child, name, tail, steps) {
  child.once("exit", (code, signal) => {
    const error = new BenchError(`${name} exited (${code ?? signal})`, tail);
    for (const step of steps) step.reject(error);
  });
}

function keep(tail, line) {
  tail.push(line);
  if (tail.length > 25) tail.shift();
}

/** The SMTP sink on `port`; `received()` is how many recipients it took so far. */
async function startSink(port) {
  await portFree(port);
  const listening = deferred();
  const tail = [];
  let received = 0;
  const child = spawnNode(["scripts/bench/smtp-sink.mjs", String(port)], process.env, (line) => {
    const match = /^received (\d+)$/.exec(line);
    if (match) received = Number(match[1]);
    else if (line === "listening") listening.resolve();
    else {
      keep(tail, line);
      logLine("smtp-sink", line);
    }
  });
  failOnExit(child, "The SMTP sink", tail, [listening]);
  await listening.promise;
  return { child, received: () => received };
}

/** The sender process, on the site's database, mailing through the sink at NEWSLETTER_RATE. */
function startSender({ databaseUrl, base, port, slug }) {
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    SITE_URL: base,
    SMTP_URL: `smtp://${HOST}:${port}`,
  };
  for (const name of ["DATABASE_AUTH_TOKEN", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS"]) {
    delete env[name];
  }
  const steps = { queued: deferred(), sending: deferred(), full: deferred(), done: deferred() };
  const state = { sent: 0, failures: 0 };
  const tail = [];
  const args = [TSX, "scripts/bench/newsletter-sender.ts", "--slug", slug];
  const fullRate = ["--full-rate", String(NEWSLETTER_RATE)];
  const options = { stdin: "pipe" };
  const child = spawnNode([...args, ...fullRate], env, onLine, options);
  function onLine(line) {
    if (!line.startsWith(MARK)) {
      if (line.includes("newsletter.delivery_failed")) state.failures += 1;
      keep(tail, line);
      return logLine("newsletter-sender", line);
    }
    const event = JSON.parse(line.slice(MARK.length));
    if (event.event === "queued") steps.queued.resolve(event);
    if (event.event === "progress") {
      state.sent = event.sent;
      if (event.sent > 0) steps.sending.resolve(event);
    }
    if (event.event === "full") steps.full.resolve(event);
    if (event.event === "done") {
      state.sent = event.sent;
      steps.done.resolve(event);
    }
  }
  failOnExit(child, "The newsletter sender", tail, Object.values(steps));
  /** From now on at NEWSLETTER_RATE (config.mjs): resolves with the count sent until then. */
  const full = () => {
    child.stdin.write("full\n");
    return steps.full.promise;
  };
  return { child, steps, state, full };
}

/** The page measured while the sender sends: the window's time and the mails sent in it. */
async function duringSend(bases, sender, step) {
  const window = { start: Date.now(), sentAtStart: sender.state.sent };
  const cpu = othersCpu();
  const result = await measureReview(bases, step);
  result.others = cpu.stop();
  Object.assign(window, { end: Date.now(), sentAtEnd: sender.state.sent });
  return { result, window };
}

/** The review page signed out, as the read phase measures it: a warm-up round, then SECONDS. */
async function measureReview(bases, step) {
  const load = { bases, path: REVIEW_PATH, connections: CONNECTIONS };
  progress(`${step}: warming up`);
  await measure({ ...load, seconds: WARMUP_SECONDS });
  return measure({
    ...load,
    seconds: SECONDS,
    onTick: (elapsed) => progress(`${step}: measuring ${seconds(elapsed)} of ${SECONDS} s`),
  });
}

/** Waits until the sink took `expected` recipients, or until it has taken none more for 5 s. */
async function settled(sink, expected) {
  let last = -1;
  for (let quiet = 0; sink.received() < expected && quiet < 50;) {
    quiet = sink.received() === last ? quiet + 1 : 0;
    last = sink.received();
    await new Promise((done) => setTimeout(done, 100));
  }
  return sink.received();
}

async function deliveryStates(client, issueId) {
  const rs = await client.execute({
    sql: "SELECT state, count(*) AS n FROM newsletter_deliveries WHERE issue_id = ? GROUP BY state",
    args: [issueId],
  });
  return Object.fromEntries(rs.rows.map((r) => [String(r.state), Number(r.n)]));
}

const line = (label, r) =>
  `✓ ${label}: ${count(r.rps)} req/s, p95 ${ms(r.p95)} ms, ${r.errors} errors, others ${percent(r.others)}`;

/**
 * Measures the review page with no send, then queues and sends the issue of `facts.newsletterSlug`
 * to every subscriber, measuring the page again while it goes out. Stops the sink and the sender.
 */
export async function newsletterPhase({ bases, databaseUrl, facts, client }) {
  await waitForIdle({ what: "the newsletter", timeoutMs: IDLE_WAIT_MS });
  const idle = await onQuietMachine("review page, no send", () =>
    measureReview(bases, "Newsletter [1/4] review page, no send"),
  );
  note(line("review page, no send", idle));

  const sink = await startSink(PORTS.smtp);
  const slug = facts.newsletterSlug;
  const sender = startSender({ databaseUrl, base: bases[0], port: PORTS.smtp, slug });
  try {
    progress("Newsletter [2/4] queueing the issue");
    const queued = await sender.steps.queued.promise;
    note(`✓ Queued ${count(queued.deliveries)} deliveries in ${ms(queued.queueMs)} ms`);
    await sender.steps.sending.promise;

    const paced = await duringSend(bases, sender, "Newsletter [3/4] review page, a send paced");
    note(line(`review page during a send at ${queued.rate} mails/s`, paced.result));
    const full = await sender.full();
    const fast = await duringSend(
      bases,
      sender,
      "Newsletter [4/4] review page, a send at full speed",
    );
    note(line("review page during a send at full speed", fast.result));

    const ticker = setInterval(() => {
      progress(`Newsletter: ${count(sender.state.sent)} of ${count(queued.deliveries)} sent`);
    }, 250);
    const done = await sender.steps.done.promise.finally(() => clearInterval(ticker));
    const received = await settled(sink, done.sent);
    const states = await deliveryStates(client, queued.issueId);
    const result = summarize({ queued, full, done, received, states, idle, paced, fast });
    note(
      `✓ Sent ${count(done.sent)} mails in ${seconds(done.sendMs)}: ${count(result.send.aloneRate)}/s at full speed, the page idle`,
    );
    return { slug, subscribers: facts.subscribers, failureLines: sender.state.failures, ...result };
  } finally {
    await stopChild(sender.child);
    await stopChild(sink.child);
  }
}

/** The figures, against their targets. */
function summarize({ queued, full, done, received, states, idle, paced, fast }) {
  const { window } = fast;
  const windowMs = window.end - window.start;
  const inWindow = window.sentAtEnd - window.sentAtStart;
  const fullMs = done.at - full.at;
  const fullSent = done.sent - full.sent;
  const send = {
    sent: done.sent,
    handled: done.handled,
    sendMs: done.sendMs,
    pacedRate: queued.rate,
    fullSent,
    fullMs,
    // At full speed, while autocannon was not loading the page, over that time.
    aloneRate: ((fullSent - inWindow) / (fullMs - windowMs)) * 1000,
    loadedRate: (inWindow / windowMs) * 1000,
    memory: done.memory,
    heapGrowthMB: done.memory.peak.heapMB - done.memory.start.heapMB,
  };
  // A measurement was during a send only if the send was still going at its end.
  const overlapped = (r) => ({ ...r.result, overlapped: done.at >= r.window.end });
  const ratio = paced.result.rps / idle.rps;
  const verified =
    done.sent === queued.deliveries &&
    received === queued.deliveries &&
    states.sent === queued.deliveries;
  const clean = [idle, paced.result, fast.result].every((r) => r.errors === 0);
  return {
    queue: { ms: queued.queueMs, deliveries: queued.deliveries, issueId: queued.issueId },
    send,
    received,
    states,
    verified,
    idle,
    paced: overlapped(paced),
    fast: overlapped(fast),
    ratio,
    fastRatio: fast.result.rps / idle.rps,
    met: {
      rate: send.aloneRate >= TARGETS.mailsPerSecond,
      memory: send.heapGrowthMB < TARGETS.senderHeapGrowthMB,
      ratio: overlapped(paced).overlapped && clean && ratio >= TARGETS.duringSendRatio,
    },
  };
}
