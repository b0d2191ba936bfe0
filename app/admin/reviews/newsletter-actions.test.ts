import { and, eq } from "drizzle-orm";
import { rm } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import { auditLog, authThrottles, reviews } from "@/db/schema";
import { IDLE } from "@/lib/action-state";
import { SESSION_ENDED } from "@/lib/editor-schemas";
import { readOutbox } from "@/lib/mail/outbox";
import {
  BAD_NEWSLETTER_MODE,
  NEWSLETTER_ALREADY_QUEUED,
  NEWSLETTER_TESTS,
} from "@/lib/newsletter-editor";
import { formOf, insertDraftReview, viewerAccount } from "@/lib/testing/admin-actions";
import { liveIssue } from "@/lib/testing/newsletter-issue";
import type { Viewer } from "@/lib/viewer";

const { caller, outbox } = vi.hoisted(() => {
  // lib/env reads the outbox's folder once, as this file's imports load it.
  const outbox = `${process.env.TMPDIR ?? "/tmp"}/es-newsletter-test-${process.pid}-${Date.now()}`;
  process.env.MAIL_OUTBOX_DIR = outbox;
  return {
    outbox,
    caller: { viewer: null as Viewer | null, suspension: null as { reason: string } | null },
  };
});
vi.mock("@/auth/viewer", () => ({
  getViewer: async () => caller.viewer,
  getSuspension: async () => caller.suspension,
}));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
vi.mock("@/auth/mail", () => ({ mailOrigin: async () => "https://es.example" }));

const { db } = await openTestDatabase({ seed: false });
const { chooseNewsletter, sendNewsletterTest } = await import("./newsletter-actions");

const admin = await viewerAccount(db, "ada_news", { role: "admin", name: "Ada" });
const reader = await viewerAccount(db, "rita_news");

let unique = 0;
const draft = () => insertDraftReview(db, `newsletter-panel-${(unique += 1)}`);
const modeOf = async (id: number) =>
  (await db.select({ mode: reviews.newsletterMode }).from(reviews).where(eq(reviews.id, id)))[0]!
    .mode;
const audit = (id: number, action: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, String(id)), eq(auditLog.action, action)));
const testsTo = async (email: string) => (await readOutbox(outbox)).filter((m) => m.to === email);

afterAll(() => rm(outbox, { recursive: true, force: true }));

beforeEach(async () => {
  caller.viewer = admin;
  caller.suspension = null;
  await db.delete(authThrottles);
});

describe("the editor's newsletter choice", () => {
  it("saves the whole review, the opening or none at once, and records each change", async () => {
    const review = await draft();
    const state = await chooseNewsletter(
      IDLE,
      formOf({ reviewId: String(review.id), mode: "full" }),
    );
    expect(state).toMatchObject({
      status: "ok",
      message: "Saved: the newsletter sends the whole review.",
      data: { mode: "full" },
    });
    expect(await modeOf(review.id)).toBe("full");
    const off = await chooseNewsletter(IDLE, formOf({ reviewId: String(review.id), mode: "off" }));
    expect(off.status).toBe("ok");
    expect(await modeOf(review.id)).toBe("off");
    const entries = await audit(review.id, "review.newsletter-chosen");
    expect(entries.map((e) => [e.actorId, e.summary])).toEqual([
      [admin.id, `${review.headline} (newsletter: full)`],
      [admin.id, `${review.headline} (newsletter: off)`],
    ]);
    // The same choice again changes nothing and logs nothing.
    await chooseNewsletter(IDLE, formOf({ reviewId: String(review.id), mode: "off" }));
    expect(await audit(review.id, "review.newsletter-chosen")).toHaveLength(2);
  });

  it("refuses a mode it does not know, with a clear message", async () => {
    const review = await draft();
    const state = await chooseNewsletter(
      IDLE,
      formOf({ reviewId: String(review.id), mode: "everything" }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "invalid",
      fieldErrors: { mode: [BAD_NEWSLETTER_MODE] },
    });
    expect(await modeOf(review.id)).toBe("excerpt");
  });

  it("cannot change once the review's issue is queued", async () => {
    const { review } = await liveIssue(db, `newsletter-panel-live-${(unique += 1)}`, new Date());
    const state = await chooseNewsletter(
      IDLE,
      formOf({ reviewId: String(review.id), mode: "off" }),
    );
    expect(state).toMatchObject({ status: "error", message: NEWSLETTER_ALREADY_QUEUED });
    expect(await modeOf(review.id)).toBe("excerpt");
    expect(await audit(review.id, "review.newsletter-chosen")).toHaveLength(0);
  });
});

describe("a test of the newsletter", () => {
  it("lands in the editor's own inbox with both parts and RFC 8058's headers, and is logged", async () => {
    const review = await draft();
    await db.update(reviews).set({ newsletterMode: "full" }).where(eq(reviews.id, review.id));
    const state = await sendNewsletterTest(IDLE, formOf({ reviewId: String(review.id) }));
    expect(state).toMatchObject({
      status: "ok",
      message: "Test sent to ada_news@example.test. Check your inbox.",
    });
    const [mail] = await testsTo("ada_news@example.test");
    expect(mail!.subject).toBe(`[Test] ${review.headline}`);
    expect(mail!.html).toContain("<!doctype html>");
    expect(mail!.html).toMatch(/One<\/td><td[^>]*>1:00<\/td>/);
    expect(mail!.text).toContain("Total running time (1 track): 1:00");
    expect(mail!.text).toContain(`https://es.example/reviews/${review.slug}#comments`);
    expect(mail!.headers).toMatchObject({
      "List-Unsubscribe": expect.stringMatching(/^<https:\/\/es\.example\/newsletter\/.+>$/),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(await audit(review.id, "review.newsletter-tested")).toHaveLength(1);
  });

  it(`stops after ${NEWSLETTER_TESTS.maxHits} tests in a few minutes`, async () => {
    const review = await draft();
    const form = () => formOf({ reviewId: String(review.id) });
    for (let i = 0; i < NEWSLETTER_TESTS.maxHits; i++) {
      expect((await sendNewsletterTest(IDLE, form())).status).toBe("ok");
    }
    const before = (await readOutbox(outbox)).length;
    const state = await sendNewsletterTest(IDLE, form());
    expect(state).toMatchObject({ status: "error", code: "rate-limited" });
    expect(state.message).toMatch(/^You have sent 5 tests in a few minutes\. Send the next in/);
    expect((await readOutbox(outbox)).length).toBe(before);
  });
});

describe("what must not be possible", () => {
  it("refuses both actions to a visitor, a reader and a banned reader, changing and mailing nothing", async () => {
    const review = await draft();
    const callers: [string, Viewer | null, { reason: string } | null, string][] = [
      ["visitor", null, null, SESSION_ENDED],
      ["reader", reader, null, "Only editors can do that."],
      ["banned", null, { reason: "Spam." }, "Your account is suspended: Spam."],
    ];
    const before = (await readOutbox(outbox)).length;
    for (const [who, viewer, suspension, message] of callers) {
      caller.viewer = viewer;
      caller.suspension = suspension;
      const choose = await chooseNewsletter(
        IDLE,
        formOf({ reviewId: String(review.id), mode: "off" }),
      );
      const test = await sendNewsletterTest(IDLE, formOf({ reviewId: String(review.id) }));
      for (const state of [choose, test]) {
        expect(state.status, who).toBe("error");
        expect(state.message, who).toContain(message);
      }
    }
    expect(await modeOf(review.id)).toBe("excerpt");
    expect((await readOutbox(outbox)).length).toBe(before);
  });
});
