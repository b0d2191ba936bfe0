// The newsletter phase's results as report sections (see sections.mjs): the queue and the send,
// then the review page with and without a send.
import { CONNECTIONS, NEWSLETTER_RATE, SECONDS, TARGETS, WARMUP_SECONDS } from "./config.mjs";
import { count, ms, percent, ratio, table, verdict } from "./report.mjs";
import { seconds } from "./status.mjs";

const mb = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–");

export const newsletterTargets = {
  rate: `≥ ${TARGETS.mailsPerSecond} mails/s`,
  memory: `sender heap growth < ${TARGETS.senderHeapGrowthMB} MB`,
  ratio: `review page during a send ≥ ${TARGETS.duringSendRatio}× without`,
};

/** What failed outright: a send that does not check out, failed requests on the page. */
export function newsletterFailures(nl) {
  return [
    ...(nl.verified ? [] : ["the newsletter send did not verify"]),
    ...[nl.idle, nl.paced, nl.fast]
      .filter((r) => r.errors > 0)
      .map((r) => `${r.errors} failed requests on the review page (newsletter)`),
  ];
}

export function newsletterSendSection(nl) {
  const { queue, send, states, met } = nl;
  const { start, peak, end } = send.memory;
  const stateText = Object.entries(states)
    .map(([state, n]) => `${count(n)} ${state}`)
    .join(", ");
  return {
    title: "Newsletter: queueing and sending an issue",
    lines: [
      `Queue: ${nl.slug} put live now through publishWrite (one batch: the review's update and the queue statements) queued its issue for ${count(queue.deliveries)} of ${count(nl.subscribers)} subscribed addresses in ${ms(queue.ms)} ms.`,
      `Send: ${count(send.sent)} mails handed to the SMTP sink in ${seconds(send.sendMs)}, the first ${count(send.sent - send.fullSent)} at the site's NEWSLETTER_RATE (${count(send.pacedRate)} mails/s) while the review page was measured, the other ${count(send.fullSent)} at full speed in ${seconds(send.fullMs)}: ${count(send.aloneRate)} mails/s while the site was idle (target ${newsletterTargets.rate}: ${verdict(met.rate)}), ${count(send.loadedRate)} mails/s during the ${SECONDS + WARMUP_SECONDS} s the review page was under load.`,
      `Memory of the sender process (heap used, resident set), sampled every 100 ms from the first claim to the last record; target ${newsletterTargets.memory}: +${mb(send.heapGrowthMB)} MB, ${verdict(met.memory)}.`,
    ],
    table: table(
      ["", ">start MB", ">peak MB", ">end MB"],
      [
        ["heap used", mb(start.heapMB), mb(peak.heapMB), mb(end.heapMB)],
        ["RSS", mb(start.rssMB), mb(peak.rssMB), mb(end.rssMB)],
      ],
    ),
    notes: [
      `Checked: the issue's deliveries ${stateText}; the sink took ${count(nl.received)} recipients: ${nl.verified ? "every subscriber sent exactly one mail" : "FAILED (sent, received and queued differ)"}.${nl.failureLines ? ` The sender logged ${count(nl.failureLines)} failed deliveries.` : ""}`,
      `The sender runs as the site runs it: drainNewsletter (jobs/newsletter-sender.ts) with its lease, its claims (UPDATE … RETURNING) and its recorded outcomes, through sendMail's pooled nodemailer SMTP transport (SMTP_URL, lib/mail/send.ts), at the site's concurrency; at full speed its rate option is ${count(NEWSLETTER_RATE)} mails/s, so that it is not the limit.`,
      "In production the server process drives the sender on a timer; here it runs as a process of its own beside the server, on the same database, and the SMTP sink (smtp-server, accepting every message and discarding it) as a third. All share this machine's CPU with the server and autocannon.",
    ],
  };
}

export function newsletterPageSection(nl) {
  const row = (label, r, target = "", met) => [
    label,
    count(r.rps),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    count(r.errors),
    percent(r.others),
    target,
    verdict(met),
  ];
  const numbers = [">req/s", ">p50 ms", ">p95 ms", ">p99 ms", ">errors", ">others"];
  const target = `≥ ${TARGETS.duringSendRatio}× no send`;
  const paced = `during a send at ${count(nl.send.pacedRate)} mails/s`;
  const ended = [nl.paced, nl.fast].some((r) => !r.overlapped);
  return {
    title: "Newsletter: the review page during a send",
    lines: [
      `During a send at the site's NEWSLETTER_RATE: ${ratio(nl.ratio)} the requests/s without one (target ≥ ${TARGETS.duringSendRatio}×: ${verdict(nl.met.ratio)}); during a send at full speed: ${ratio(nl.fastRatio)}.`,
    ],
    table: table(
      ["review page, signed out", ...numbers, "target", ""],
      [
        row("no send", nl.idle),
        row(paced, nl.paced, target, nl.met.ratio),
        row("during a send at full speed", nl.fast),
      ],
    ),
    notes: [
      `${CONNECTIONS} connections, ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, as in the reads: just before the send, from its first mail on at the site's rate (what a send does to the site), then with the sender at full speed (what the machine's two cores allow when all of it goes at once).`,
      ...(ended
        ? ["The send ended before a measurement did: not a measurement during a send."]
        : []),
    ],
  };
}
