import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import {
  clearNewsletter,
  deliveriesOf,
  liveIssue,
  subscribe,
  testSender,
} from "@/lib/testing/newsletter-issue";
import {
  bodyText,
  header,
  mimeParts,
  startSmtpServer,
  type Answer,
} from "@/lib/testing/smtp-server";
import { NEWSLETTER_RETRY, retryDelayMs } from "@/lib/newsletter";

const START = new Date("2026-12-01T09:00:00Z");
const clock = vi.hoisted(() => ({ at: new Date("2026-12-01T09:00:00Z") }));
vi.mock("@/db/clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));
// The real renderer, counted: an issue is rendered once, whatever its number of recipients.
const renders = vi.hoisted(() => ({ issues: [] as number[] }));
vi.mock("@/lib/newsletter-mail", async (original) => {
  const real = await original<typeof import("@/lib/newsletter-mail")>();
  return {
    ...real,
    renderIssue: (...args: Parameters<typeof real.renderIssue>) => {
      renders.issues.push(args[0].reviewId);
      return real.renderIssue(...args);
    },
  };
});

const { db } = await openTestDatabase({ seed: false });
const { drainNewsletter } = await import("./newsletter-sender");
const { getSubscriber, getSubscriberByToken, unsubscribe } =
  await import("@/db/queries/newsletter-subscribers");
const { getIssueByReview, getIssueProgress } = await import("@/db/queries/newsletter-queue");
const { commandIssue } = await import("@/db/queries/newsletter-issues");

const later = (ms: number) => (clock.at = new Date(clock.at.getTime() + ms));
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let slugs = 0;
const slug = () => `nl-send-${(slugs += 1)}`;

async function serve(answer?: (to: string) => Answer) {
  smtp = await startSmtpServer(answer);
  return smtp;
}

beforeEach(async () => {
  clock.at = new Date(START);
  await clearNewsletter(db);
});

afterEach(async () => {
  await smtp?.close();
});

describe("the newsletter's sender, against a real SMTP server", () => {
  it("sends each subscriber one mail: the headline, the review's and unsubscribe links, RFC 8058's headers", async () => {
    await serve();
    const subscribers = await subscribe(db, "all", 7, clock.at);
    const { review, issue } = await liveIssue(db, slug(), clock.at);
    const result = await drainNewsletter(testSender("solo", smtp.send, { concurrency: 3 }));
    expect(result).toEqual({ handled: 7, leased: true });
    expect([...smtp.counts().values()]).toEqual(Array(7).fill(1));
    expect([...smtp.counts().keys()].sort()).toEqual(subscribers.map((s) => s.email).sort());
    expect(await getIssueProgress(issue.id)).toMatchObject({ sent: 7, total: 7, queued: 0 });
    expect((await getIssueByReview(review.id))!.state).toBe("done");

    const { source } = smtp.received.find((r) => r.to === "all3@example.test")!;
    expect(header(source, "Subject")).toBe(review.headline);
    expect(header(source, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const oneClick = header(source, "List-Unsubscribe")!;
    const token = /^<https:\/\/es\.example\/newsletter\/([^/]+)\/unsubscribe>$/.exec(oneClick)![1]!;
    const text = bodyText(source);
    expect(text).toContain(
      `Read it and join the discussion: https://es.example/reviews/${review.slug}`,
    );
    expect(text).toContain(`Your newsletter settings: https://es.example/newsletter/${token}\n`);
    expect(text).toContain(`Unsubscribe: https://es.example/newsletter/${token}/unsubscribe`);
    // Both parts, HTML and text, as alternatives of one message, the review's content in each.
    expect(header(source, "Content-Type")).toMatch(/^multipart\/alternative;/);
    const parts = mimeParts(source);
    expect(parts.map((p) => p.type)).toEqual(["text/plain", "text/html"]);
    const html = parts[1]!.body;
    expect(html).toContain(`<h1 class="es-headline es-ink"`);
    expect(html).toContain(review.headline);
    expect(html).toMatch(/One<\/td><td[^>]*>1:00<\/td>/);
    expect(html).toContain(`href="https://es.example/newsletter/${token}/unsubscribe"`);
    expect(text).toContain("Total running time (1 track): 1:00");

    // The one-click address's token names that subscriber: unsubscribed, the next issue skips them.
    const reader = (await getSubscriberByToken(token))!;
    expect(reader.email).toBe("all3@example.test");
    await unsubscribe(reader.id);
    later(7 * 24 * 60 * 60 * 1000);
    await liveIssue(db, slug(), clock.at);
    await drainNewsletter(testSender("solo", smtp.send));
    expect(smtp.counts().get("all3@example.test")).toBe(1);
    expect(smtp.counts().get("all4@example.test")).toBe(2);
  });

  it("renders each issue once for all its recipients, in every round of the drain", async () => {
    await serve();
    await subscribe(db, "once", 12, clock.at);
    const first = await liveIssue(db, slug(), clock.at);
    const second = await liveIssue(db, slug(), clock.at);
    renders.issues = [];
    const options = testSender("solo", smtp.send, { rate: 5, concurrency: 2 });
    expect(await drainNewsletter(options)).toEqual({ handled: 24, leased: true });
    expect(renders.issues.sort()).toEqual([first.review.id, second.review.id].sort());
    const subjects = new Set(smtp.received.map((r) => header(r.source, "Subject")));
    expect(subjects).toEqual(new Set([first.review.headline, second.review.headline]));
  });

  it("marks an address its server refuses with 5xx bounced, and never tries it again", async () => {
    const refused = new Set(["five2@example.test", "five5@example.test"]);
    await serve((to) =>
      refused.has(to) ? { code: 550, message: "5.1.1 No such user here" } : "accept",
    );
    await subscribe(db, "five", 6, clock.at);
    const { issue } = await liveIssue(db, slug(), clock.at);
    await drainNewsletter(testSender("solo", smtp.send));
    later(retryDelayMs(NEWSLETTER_RETRY.attempts) * 4);
    await drainNewsletter(testSender("solo", smtp.send));

    const rows = await deliveriesOf(db, issue.id);
    for (const email of refused) {
      expect(rows.get(email)).toMatchObject({ state: "bounced", attempts: 1 });
      expect(rows.get(email)!.lastError).toContain("No such user");
      const subscriber = (await getSubscriber(rows.get(email)!.subscriberId))!;
      expect(subscriber).toMatchObject({ state: "bounced", bouncedAt: START });
    }
    expect(smtp.received.map((r) => r.to).sort()).toEqual(
      ["five1", "five3", "five4", "five6"].map((p) => `${p}@example.test`),
    );
    expect(await getIssueProgress(issue.id)).toMatchObject({ sent: 4, bounced: 2, total: 6 });
  });

  it("tries an address answered 4xx again after its backoff, and it gets one mail", async () => {
    const answered = new Set<string>();
    await serve((to) => {
      if (to !== "four3@example.test" || answered.has(to)) return "accept";
      answered.add(to);
      return { code: 451, message: "4.7.1 Greylisted, try again later" };
    });
    await subscribe(db, "four", 4, clock.at);
    const { issue } = await liveIssue(db, slug(), clock.at);
    await drainNewsletter(testSender("solo", smtp.send));
    let row = (await deliveriesOf(db, issue.id)).get("four3@example.test")!;
    expect(row).toMatchObject({ state: "queued", attempts: 1 });
    expect(row.nextAttemptAt).toEqual(new Date(START.getTime() + retryDelayMs(1)));

    later(retryDelayMs(1) - 1);
    expect(await drainNewsletter(testSender("solo", smtp.send))).toMatchObject({ handled: 0 });
    later(1);
    await drainNewsletter(testSender("solo", smtp.send));
    row = (await deliveriesOf(db, issue.id)).get("four3@example.test")!;
    expect(row).toMatchObject({ state: "sent", attempts: 2, sentAt: clock.at });
    expect(smtp.counts().get("four3@example.test")).toBe(1);
    expect(smtp.received).toHaveLength(4);
  });

  it("gives up on an address after NEWSLETTER_RETRY.attempts temporary failures: failed", async () => {
    await serve((to) =>
      to === "down1@example.test" ? { code: 421, message: "4.3.2 Try later" } : "accept",
    );
    await subscribe(db, "down", 2, clock.at);
    const { issue } = await liveIssue(db, slug(), clock.at);
    for (let attempt = 1; attempt <= NEWSLETTER_RETRY.attempts; attempt++) {
      await drainNewsletter(testSender("solo", smtp.send));
      later(retryDelayMs(attempt));
    }
    await drainNewsletter(testSender("solo", smtp.send));
    const row = (await deliveriesOf(db, issue.id)).get("down1@example.test")!;
    expect(row).toMatchObject({ state: "failed", attempts: NEWSLETTER_RETRY.attempts });
    expect((await getSubscriber(row.subscriberId))!.state).toBe("subscribed");
    expect((await getIssueByReview(issue.reviewId))!.state).toBe("done");
  });

  it("resumes after the server drops the connection mid-batch: the rest are sent, nobody twice", async () => {
    const dropped = new Set<string>();
    const once = (to: string, how: Answer): Answer => {
      if (dropped.has(to)) return "accept";
      dropped.add(to);
      return how;
    };
    await serve((to) =>
      to === "drop4@example.test"
        ? once(to, "drop")
        : to === "drop7@example.test"
          ? once(to, "dropAfterData")
          : "accept",
    );
    await subscribe(db, "drop", 10, clock.at);
    const { issue } = await liveIssue(db, slug(), clock.at);
    await drainNewsletter(testSender("solo", smtp.send, { concurrency: 2 }));
    const rows = await deliveriesOf(db, issue.id);
    expect(rows.get("drop4@example.test")).toMatchObject({ state: "queued", attempts: 1 });
    expect(rows.get("drop7@example.test")).toMatchObject({ state: "queued", attempts: 1 });
    expect(smtp.received).toHaveLength(8);

    later(retryDelayMs(1));
    await drainNewsletter(testSender("solo", smtp.send, { concurrency: 2 }));
    expect([...smtp.counts().values()]).toEqual(Array(10).fill(1));
    expect(await getIssueProgress(issue.id)).toMatchObject({ sent: 10, total: 10 });
  });

  it("skips a subscriber who unsubscribed after the issue was queued", async () => {
    await serve();
    const [gone, ...stay] = await subscribe(db, "left", 3, clock.at);
    const { issue } = await liveIssue(db, slug(), clock.at);
    await unsubscribe(gone!.id);
    await drainNewsletter(testSender("solo", smtp.send));
    expect(smtp.received.map((r) => r.to).sort()).toEqual(stay.map((s) => s.email));
    expect((await deliveriesOf(db, issue.id)).get(gone!.email)!.state).toBe("skipped");
  });

  it("sends nothing of a paused issue until it is resumed, and nothing more once cancelled", async () => {
    await serve();
    await subscribe(db, "pause", 6, clock.at);
    const { issue } = await liveIssue(db, slug(), clock.at);
    expect(await commandIssue(issue.id, "pause")).toMatchObject({ changed: true });
    expect(await drainNewsletter(testSender("solo", smtp.send))).toMatchObject({ handled: 0 });
    expect(smtp.received).toHaveLength(0);

    expect(await commandIssue(issue.id, "resume")).toMatchObject({ changed: true });
    // Cancelled by the editor while the sender is in its first round: its next chunk is not sent.
    const send = async (message: Parameters<typeof smtp.send>[0]) => {
      await smtp.send(message);
      await commandIssue(issue.id, "cancel");
    };
    await drainNewsletter(testSender("solo", send, { concurrency: 2 }));
    expect(smtp.received).toHaveLength(2);
    expect(await getIssueProgress(issue.id)).toMatchObject({ sent: 2, queued: 4 });
    expect((await getIssueByReview(issue.reviewId))!.state).toBe("cancelled");
    expect(await commandIssue(issue.id, "resume")).toMatchObject({ changed: false });
  });

  it("hands over at most `rate` mails a round and waits out the second between rounds", async () => {
    await serve();
    await subscribe(db, "rate", 7, clock.at);
    await liveIssue(db, slug(), clock.at);
    const seen: number[] = [];
    let ms = 0;
    const options = testSender("solo", smtp.send, {
      rate: 3,
      concurrency: 2,
      elapsed: () => ms,
      wait: async (rest) => {
        seen.push(smtp.received.length);
        expect(rest).toBe(1000 - 3 * 50);
      },
    });
    const send = options.send;
    options.send = async (message) => {
      ms += 50;
      await send(message);
    };
    expect(await drainNewsletter(options)).toEqual({ handled: 7, leased: true });
    expect(seen).toEqual([3, 6]);
  });
});
