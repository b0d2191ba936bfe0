import "server-only";
import { randomUUID } from "node:crypto";
import {
  claimDeliveries,
  type ClaimedDelivery,
  type DeliveryOutcome,
  recordOutcomes,
  releaseSenderLease,
  takeSenderLease,
} from "@/db/queries/newsletter-deliveries";
import { getNewsletterContent } from "@/db/queries/newsletter-content";
import { finishIssues, queueLiveIssues } from "@/db/queries/newsletter-queue";
import { env } from "@/lib/env";
import { log } from "@/lib/logger.mjs";
import { sendMail } from "@/lib/mail/send";
import {
  newsletterIssueMail,
  type NewsletterMessage,
  type RenderedIssue,
  renderIssue,
} from "@/lib/newsletter-mail";

export type SendNewsletter = (message: NewsletterMessage) => Promise<void>;

export type SenderOptions = {
  /** This sender's name in the lease: one per process. */
  holder: string;
  send: SendNewsletter;
  /** The site's address the mail's links start with. */
  origin: string;
  /** Mails handed over a second at most. */
  rate: number;
  /** Mails handed over at once: a chunk, claimed together. */
  concurrency: number;
  /** How long the lease holds unless renewed (before every chunk). */
  leaseMs: number;
  /** Waits out the rest of a second between rounds. */
  wait: (ms: number) => Promise<void>;
  /** Milliseconds on a clock that only goes forward, for the rate. */
  elapsed: () => number;
};

const processHolder = `${process.pid}-${randomUUID()}`;

/** The sender the server runs: SMTP or the outbox (lib/mail/send.ts), at NEWSLETTER_RATE. */
export function defaultSenderOptions(): SenderOptions {
  return {
    holder: processHolder,
    send: sendMail,
    origin: env.SITE_URL,
    rate: env.NEWSLETTER_RATE,
    concurrency: 5,
    leaseMs: 60_000,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    elapsed: () => performance.now(),
  };
}

type SmtpError = { responseCode?: unknown; command?: unknown; message?: unknown };

/**
 * A permanent failure is the recipient's server refusing the address or the message for good: a
 * 5xx answer to RCPT TO or to the message's data. Anything else may pass later: a 4xx, a dropped
 * connection, a timeout, and a 5xx to the sender's own commands (MAIL FROM, AUTH), which says the
 * site's mail settings are wrong, not the subscriber's address.
 */
export function failureKind(error: unknown): "temporary" | "permanent" {
  const { responseCode, command } = (error ?? {}) as SmtpError;
  const refused = typeof responseCode === "number" && responseCode >= 500 && responseCode < 600;
  return refused && (command === "RCPT TO" || command === "DATA") ? "permanent" : "temporary";
}

const errorText = (error: unknown) =>
  error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";

/** Each issue's mail, rendered at its first delivery in a drain and reused for the rest. */
export type RenderedIssues = Map<number, Promise<RenderedIssue>>;

function issueMail(delivery: ClaimedDelivery, options: SenderOptions, issues: RenderedIssues) {
  let issue = issues.get(delivery.issueId);
  if (!issue) {
    issue = getNewsletterContent(delivery.reviewId).then((content) => {
      if (!content) throw new Error(`review ${delivery.reviewId} is gone`);
      return renderIssue(content, options.origin);
    });
    // A failed render is tried again at the next chunk, not remembered.
    issue.catch(() => issues.delete(delivery.issueId));
    issues.set(delivery.issueId, issue);
  }
  return issue;
}

async function deliver(
  delivery: ClaimedDelivery,
  options: SenderOptions,
  issues: RenderedIssues,
): Promise<DeliveryOutcome> {
  try {
    const issue = await issueMail(delivery, options, issues);
    await options.send(newsletterIssueMail(issue, delivery, options.origin));
    return { id: delivery.id, result: "sent" };
  } catch (error) {
    const result = failureKind(error);
    log.warn("newsletter.delivery_failed", {
      deliveryId: delivery.id,
      issueId: delivery.issueId,
      attempt: delivery.attempts,
      result,
      error: errorText(error),
    });
    const { attempts, email } = delivery;
    return { id: delivery.id, result, attempts, email, error: errorText(error) };
  }
}

export type RoundResult = {
  /** Whether this sender held the lease: false when another instance sends. */
  leased: boolean;
  /** Deliveries claimed this round, sent or not, skipped included. */
  handled: number;
};

/**
 * One round: holding the lease, claims and sends chunks of due deliveries until `rate` were handled or none is due. Each chunk is claimed before it is handed
 * over and recorded once its answers are in; the lease is renewed before each, and an issue paused
 * or cancelled, or a subscriber gone, is seen at the next.
 */
export async function sendRound(
  options: SenderOptions,
  issues: RenderedIssues = new Map(),
): Promise<RoundResult> {
  let handled = 0;
  while (handled < options.rate) {
    if (!(await takeSenderLease(options.holder, options.leaseMs))) {
      return { leased: false, handled };
    }
    const size = Math.min(options.concurrency, options.rate - handled);
    const { claimed, deliveries } = await claimDeliveries(options.holder, size);
    if (claimed === 0) break;
    handled += claimed;
    const outcomes = await Promise.all(deliveries.map((d) => deliver(d, options, issues)));
    await recordOutcomes(options.holder, outcomes);
  }
  await finishIssues();
  return { leased: true, handled };
}

/**
 * What the server calls on a timer: queues what went live (the next timer's drain sees what goes
 * live meanwhile), then rounds, each at most `rate` mails and a second long, until nothing is due
 * (a retry waits for its time, a later drain) or another instance holds the lease.
 */
export async function drainNewsletter(options = defaultSenderOptions()) {
  await queueLiveIssues();
  let handled = 0;
  const issues: RenderedIssues = new Map();
  for (;;) {
    const started = options.elapsed();
    const round = await sendRound(options, issues);
    handled += round.handled;
    if (!round.leased || round.handled < options.rate) {
      if (handled > 0) log.info("newsletter.drained", { handled, leased: round.leased });
      return { handled, leased: round.leased };
    }
    const rest = 1000 - (options.elapsed() - started);
    if (rest > 0) await options.wait(rest);
  }
}

/** Lets another instance take over at once, when this one stops. */
export async function stopSending(options = defaultSenderOptions()) {
  await releaseSenderLease(options.holder);
}
