import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import type { NewsletterMessage } from "@/lib/newsletter-mail";
import {
  clearNewsletter,
  deliveriesOf,
  liveIssue,
  subscribe,
  testSender,
} from "@/lib/testing/newsletter-issue";
import { startSmtpServer } from "@/lib/testing/smtp-server";

const START = new Date("2026-12-01T09:00:00Z");
const clock = vi.hoisted(() => ({ at: new Date("2026-12-01T09:00:00Z") }));
vi.mock("@/db/clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

const { db } = await openTestDatabase({ seed: false });
const { drainNewsletter, stopSending } = await import("./newsletter-sender");
const { getIssueProgress } = await import("@/db/queries/newsletter-queue");

const later = (ms: number) => (clock.at = new Date(clock.at.getTime() + ms));
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeEach(async () => {
  clock.at = new Date(START);
  await clearNewsletter(db);
  smtp = await startSmtpServer();
});

afterEach(async () => {
  await smtp.close();
});

describe("one sender among several instances, and a crash mid-send", () => {
  it("lets only the lease holder send when two race on one database: everyone gets one mail", async () => {
    await subscribe(db, "race", 40, clock.at);
    const { issue } = await liveIssue(db, "nl-race", clock.at);
    const sent = { a: 0, b: 0 };
    const counting = (who: "a" | "b") => async (message: NewsletterMessage) => {
      sent[who] += 1;
      await smtp.send(message);
    };
    const options = { rate: 10, concurrency: 3 };
    const [a, b] = await Promise.all([
      drainNewsletter(testSender("instance-a", counting("a"), options)),
      drainNewsletter(testSender("instance-b", counting("b"), options)),
    ]);
    expect([a.leased, b.leased].sort()).toEqual([false, true]);
    expect(Math.min(sent.a, sent.b)).toBe(0);
    expect(sent.a + sent.b).toBe(40);
    expect([...smtp.counts().values()]).toEqual(Array(40).fill(1));
    const holders = new Set(
      [...(await deliveriesOf(db, issue.id)).values()].map((d) => d.claimedBy),
    );
    expect(holders).toEqual(new Set([a.leased ? "instance-a" : "instance-b"]));

    // The other takes over only once the holder stops (or its lease runs out).
    await subscribe(db, "race-late", 1, clock.at);
    await liveIssue(db, "nl-race-2", clock.at);
    const other = a.leased ? "instance-b" : "instance-a";
    expect(await drainNewsletter(testSender(other, smtp.send))).toEqual({
      handled: 0,
      leased: false,
    });
    await stopSending(testSender(a.leased ? "instance-a" : "instance-b", smtp.send));
    expect(await drainNewsletter(testSender(other, smtp.send))).toEqual({
      handled: 41,
      leased: true,
    });
  });

  it("never sends a mail twice after its sender dies between handing it over and recording it", async () => {
    await subscribe(db, "crash", 20, clock.at);
    const { issue } = await liveIssue(db, "nl-crash", clock.at);
    // The first sender dies (kill -9) once its 8th mail is in the recipient's server's hands:
    // its chunk stays claimed, never recorded.
    let handedOver = 0;
    const handed: Promise<void>[] = [];
    let died!: () => void;
    const dead = new Promise<void>((resolve) => (died = resolve));
    const dying = (message: NewsletterMessage) => {
      handedOver += 1;
      const answered = smtp.send(message);
      handed.push(answered);
      if (handedOver < 8) return answered;
      return answered.then(() => {
        died();
        return new Promise<void>(() => {});
      });
    };
    const options = { rate: 100, concurrency: 4 };
    void drainNewsletter(testSender("dies", dying, options));
    await dead;
    await Promise.all(handed);
    const before = await getIssueProgress(issue.id);
    expect(before).toMatchObject({ sent: 4, sending: 4, queued: 12 });

    // Another instance cannot send while the dead one's lease runs.
    later(59_000);
    expect(await drainNewsletter(testSender("takes-over", smtp.send, options))).toMatchObject({
      handled: 0,
      leased: false,
    });
    later(1_000);
    expect(await drainNewsletter(testSender("takes-over", smtp.send, options))).toEqual({
      handled: 12,
      leased: true,
    });
    const after = await getIssueProgress(issue.id);
    expect(after).toMatchObject({ sent: 16, unknown: 4, sending: 0, queued: 0, total: 20 });
    // The four it had handed over were in their servers' hands: none was sent again.
    expect(smtp.received).toHaveLength(20);
    expect([...smtp.counts().values()]).toEqual(Array(20).fill(1));
  });
});
