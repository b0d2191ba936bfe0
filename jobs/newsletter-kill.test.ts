import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import { env } from "@/lib/env";
import { deliveriesOf, liveIssue, subscribe, testSender } from "@/lib/testing/newsletter-issue";
import { startSmtpServer } from "@/lib/testing/smtp-server";

const clock = vi.hoisted(() => ({ at: new Date() }));
vi.mock("@/db/clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

const TSX = new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url).pathname;
const { db } = await openTestDatabase({ seed: false });
const { drainNewsletter } = await import("./newsletter-sender");
const { getIssueProgress } = await import("@/db/queries/newsletter-queue");
const smtp = await startSmtpServer();

afterAll(() => smtp.close());

const SUBSCRIBERS = 100;
const KILLED_AFTER = 30;

describe("a sender killed with SIGKILL mid-send", () => {
  it("is resumed by another instance: the rest are sent, nobody gets the issue twice", async () => {
    clock.at = new Date();
    await subscribe(db, "killed", SUBSCRIBERS, clock.at);
    const { issue } = await liveIssue(db, "nl-killed", clock.at);
    const child = spawn(process.execPath, [TSX, "lib/testing/newsletter-sender-process.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: env.DATABASE_URL,
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(smtp.port),
        NEWSLETTER_RATE: "20",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = once(child, "exit");
    await vi.waitFor(() => expect(smtp.received.length).toBeGreaterThanOrEqual(KILLED_AFTER), {
      timeout: 60_000,
      interval: 10,
    });
    child.kill("SIGKILL");
    const [, signal] = await exited;
    expect(signal).toBe("SIGKILL");
    const atKill = await getIssueProgress(issue.id);
    expect(atKill.queued).toBeGreaterThan(0);

    // Its lease (a minute) runs out; another instance's sender takes over.
    clock.at = new Date(Date.now() + 61_000);
    expect(await drainNewsletter(testSender("after-kill", smtp.send))).toMatchObject({
      leased: true,
    });
    const progress = await getIssueProgress(issue.id);
    expect(progress).toMatchObject({ queued: 0, sending: 0, total: SUBSCRIBERS });
    expect(progress.sent + progress.unknown).toBe(SUBSCRIBERS);
    // Only what the killed sender had in hand is unknown: at most one chunk.
    expect(progress.unknown).toBeLessThanOrEqual(5);
    const counts = smtp.counts();
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    for (const [email, delivery] of await deliveriesOf(db, issue.id)) {
      if (delivery.state === "sent") expect(counts.get(email)).toBe(1);
    }
    // A process of its own starts slowly on a busy machine: the time is not what is tested.
  }, 120_000);
});
