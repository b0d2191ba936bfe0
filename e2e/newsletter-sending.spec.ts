import { eq } from "drizzle-orm";
import { newsletterIssues } from "../db/schema";
import * as siteClock from "../lib/testing/clock-file";
import { E2E_CLOCK_FILE } from "./config";
import { createDraft, e2eDb } from "./database";
import { expect, test } from "./fixtures";
import { newAddress, rowOf, subscribedVisitor, visitorPage } from "./newsletter-flow";
import { mailTo } from "./outbox";
import { scheduleDraft } from "./publishing-flow";

// Moves the site's clock to a slot, as publishing.spec.ts does: playwright.config.ts runs it on
// its own, after that spec.

test.afterAll(() => siteClock.setClockOffset(E2E_CLOCK_FILE, 0));

/** The newsletter of `headline` in the visitor's inbox, once the site has sent it. */
async function issueMailed(email: string, headline: string) {
  let mail: Awaited<ReturnType<typeof mailTo>>[number] | undefined;
  await expect
    .poll(async () => (mail = (await mailTo(email)).find((m) => m.subject === headline)), {
      timeout: 30_000,
    })
    .toBeTruthy();
  return mail!;
}

test("a visitor subscribes, gets the review by mail when its slot comes by itself, and unsubscribes in one click", async ({
  adminPage,
  browser,
  request,
}) => {
  const page = await visitorPage(browser);
  const email = newAddress("weekly");
  await subscribedVisitor(page, email);

  const draft = await createDraft("newsletter");
  const at = await scheduleDraft(adminPage, draft);
  const issueOf = async (reviewId: number) =>
    (
      await e2eDb().select().from(newsletterIssues).where(eq(newsletterIssues.reviewId, reviewId))
    )[0];
  expect(await issueOf(draft.id)).toBeUndefined();

  // The slot comes with nobody on the site: the server's own timer queues and sends it.
  siteClock.moveClockTo(E2E_CLOCK_FILE, new Date(at.getTime() + 1000));
  const mail = await issueMailed(email, draft.headline);
  expect(mail.text).toContain(`/reviews/${draft.slug}`);
  expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const unsubscribe = mail.headers?.["List-Unsubscribe"]?.match(/^<(.+)>$/)?.[1];
  expect(unsubscribe).toMatch(/\/newsletter\/.+\/unsubscribe$/);

  // The mail provider's one click (RFC 8058): a POST, no cookie, no page.
  const unsubscribedAt = Date.now();
  const clicked = await request.post(unsubscribe!, { form: { "List-Unsubscribe": "One-Click" } });
  expect(clicked.status()).toBe(200);
  expect((await rowOf(email))?.state).toBe("unsubscribed");

  await adminPage.goto("/admin/newsletter");
  const card = adminPage.getByRole("listitem", { name: `Newsletter: ${draft.headline}` });
  await expect(card.getByText("Sent", { exact: true })).toBeVisible({ timeout: 30_000 });

  // The next review goes out without them.
  const next = await createDraft("after-unsubscribing");
  await scheduleDraft(adminPage, next, { when: "now" });
  await expect.poll(async () => (await issueOf(next.id))?.state, { timeout: 30_000 }).toBe("done");
  const since = (await mailTo(email)).filter((m) => Date.parse(m.date) > unsubscribedAt);
  expect(since).toEqual([]);
});
