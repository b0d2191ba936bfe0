import { beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "../testing";
import { users } from "../schema";

const clock = vi.hoisted(() => ({ at: new Date("2026-12-01T10:00:00Z") }));
vi.mock("../clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

const { db } = await openTestDatabase({ seed: false });
const q = await import("./newsletter-subscribers");

const later = (ms: number) => (clock.at = new Date(clock.at.getTime() + ms));
let n = 0;
const address = () => `Visitor${(n += 1)}@Example.test`;

beforeEach(() => {
  clock.at = new Date("2026-12-01T10:00:00Z");
});

describe("a visitor's request", () => {
  it("is pending, lower-cased, dated by the site's clock, until confirmed", async () => {
    const email = address();
    const row = (await q.requestSubscription(` ${email} `))!;
    expect(row).toMatchObject({ email: email.toLowerCase(), state: "pending", userId: null });
    expect(row.createdAt).toEqual(clock.at);
    expect(row.confirmRequestedAt).toEqual(clock.at);
    later(5_000);
    const confirmed = await q.confirmSubscription(row.id, row.confirmRequestedAt!);
    expect(confirmed).toMatchObject({ state: "subscribed", confirmedAt: clock.at });
  });

  it("mails nothing again within a minute, nor to a subscribed or bounced address", async () => {
    const email = address();
    const first = (await q.requestSubscription(email))!;
    later(10_000);
    expect(await q.requestSubscription(email)).toBeNull();
    later(60_000);
    const second = (await q.requestSubscription(email.toUpperCase()))!;
    expect(second.id).toBe(first.id);
    // Only the latest link confirms.
    expect((await q.confirmSubscription(first.id, first.confirmRequestedAt!))!.state).toBe(
      "pending",
    );
    await q.confirmSubscription(second.id, second.confirmRequestedAt!);
    later(120_000);
    expect(await q.requestSubscription(email)).toBeNull();
    await q.markBounced(email, "550 5.1.1 no such user");
    later(120_000);
    expect(await q.requestSubscription(email)).toBeNull();
    expect((await q.getSubscriber(first.id))!.state).toBe("bounced");
  });
});

describe("unsubscribing", () => {
  it("is idempotent and can be undone from the preferences page", async () => {
    const row = (await q.requestSubscription(address()))!;
    await q.confirmSubscription(row.id, row.confirmRequestedAt!);
    later(1_000);
    await q.unsubscribe(row.id);
    const at = clock.at;
    later(1_000);
    await q.unsubscribe(row.id);
    expect(await q.getSubscriber(row.id)).toMatchObject({
      state: "unsubscribed",
      unsubscribedAt: at,
    });
    await q.resubscribe(row.id);
    expect((await q.getSubscriber(row.id))!.state).toBe("subscribed");
  });
});

describe("a reader", () => {
  it("subscribes from settings without a link, and unsubscribes", async () => {
    const email = address();
    const [reader] = await db
      .insert(users)
      .values({ name: "Ada", handle: `ada_${n}`, email: email.toLowerCase() })
      .returning();
    expect(await q.getReaderSubscription(reader!.id)).toBeNull();
    await q.subscribeReader(reader!.id, email);
    expect(await q.getReaderSubscription(reader!.id)).toMatchObject({
      state: "subscribed",
      email: email.toLowerCase(),
    });
    await q.unsubscribeReader(reader!.id);
    expect((await q.getReaderSubscription(reader!.id))!.state).toBe("unsubscribed");
  });

  it("cannot turn a bounced address back on", async () => {
    const email = address();
    const [reader] = await db
      .insert(users)
      .values({ name: "Bo", handle: `bo_${n}`, email: email.toLowerCase() })
      .returning();
    await q.subscribeReader(reader!.id, email);
    await q.markBounced(email, "550 mailbox unavailable");
    await q.subscribeReader(reader!.id, email);
    expect((await q.getReaderSubscription(reader!.id))!.state).toBe("bounced");
  });
});

describe("bounced addresses", () => {
  it("are listed newest first with their reason", async () => {
    const a = address();
    const b = address();
    await q.requestSubscription(a);
    await q.requestSubscription(b);
    await q.markBounced(a, "550 first");
    later(1_000);
    await q.markBounced(b, "554 second");
    const listed = await q.getBouncedSubscribers();
    const mine = listed.filter((r) => [a, b].map((x) => x.toLowerCase()).includes(r.email));
    expect(mine).toEqual([
      { email: b.toLowerCase(), bouncedAt: clock.at, bounceReason: "554 second" },
      {
        email: a.toLowerCase(),
        bouncedAt: new Date(clock.at.getTime() - 1_000),
        bounceReason: "550 first",
      },
    ]);
  });
});
