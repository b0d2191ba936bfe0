import { eq } from "drizzle-orm";
import { newsletterDeliveries, newsletterIssues, newsletterSubscribers } from "../db/schema";
import { actionId, callAction, sessionCookie } from "./actions";
import { BASE_URL } from "./config";
import { createDraft, e2eDb, runWord } from "./database";
import { expect, test } from "./fixtures";
import { mailTo } from "./outbox";

const ACTIONS = "app/admin/newsletter/actions.ts";

/**
 * A paused issue of a draft of this test's own, to three subscribers of its own: the sender leaves
 * a paused issue alone, so what the dashboard shows stays put until the admin acts.
 */
async function pausedIssue() {
  const db = e2eDb();
  const draft = await createDraft("newsletter-paused");
  const at = new Date();
  const word = runWord();
  const subscribers = await db
    .insert(newsletterSubscribers)
    .values(
      [1, 2, 3].map((n) => ({
        email: `paused${n}_${word}@e2e.test`,
        state: "subscribed" as const,
        createdAt: at,
        updatedAt: at,
      })),
    )
    .returning();
  const [issue] = await db
    .insert(newsletterIssues)
    .values({ reviewId: draft.id, state: "paused", recipientsAt: at, createdAt: at, updatedAt: at })
    .returning();
  await db.insert(newsletterDeliveries).values(
    subscribers.map((s) => ({
      issueId: issue!.id,
      subscriberId: s.id,
      email: s.email,
      state: "queued" as const,
      nextAttemptAt: at,
      createdAt: at,
      updatedAt: at,
    })),
  );
  return { draft, issue: issue! };
}

const issueState = async (id: number) =>
  (await e2eDb().select().from(newsletterIssues).where(eq(newsletterIssues.id, id)))[0]?.state;

test("an admin follows a newsletter's progress and cancels it after a confirmation; the log says so", async ({
  adminPage,
}) => {
  const { draft, issue } = await pausedIssue();
  await adminPage.goto("/admin/newsletter");
  const card = adminPage.getByRole("listitem", { name: `Newsletter: ${draft.headline}` });
  await expect(card.getByText("Paused", { exact: true })).toBeVisible();
  await expect(card.getByText(/for 3 subscribers/)).toBeVisible();
  await expect(card.getByRole("progressbar", { name: "0 of 3 handled" })).toBeVisible();

  await card.getByRole("button", { name: "Cancel…" }).click();
  await expect(card.getByText(/The 3 subscribers not mailed yet will not get it/)).toBeVisible();
  await card.getByRole("button", { name: "Keep sending" }).click();
  await expect(card.getByRole("button", { name: "Cancel the newsletter" })).toHaveCount(0);
  expect(await issueState(issue.id)).toBe("paused");

  await card.getByRole("button", { name: "Cancel…" }).click();
  await card.getByRole("button", { name: "Cancel the newsletter" }).click();
  await expect(adminPage.getByText(`“${draft.headline}”: cancelled.`).first()).toBeVisible();
  await expect(card.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: /Resume|Pause|Cancel/ })).toHaveCount(0);
  expect(await issueState(issue.id)).toBe("cancelled");

  await adminPage.goto("/admin/audit");
  const entry = adminPage.getByRole("listitem").filter({ hasText: draft.headline }).first();
  await expect(entry.getByText("Cancelled a newsletter")).toBeVisible();
});

test("a reader and a visitor cannot cancel a newsletter; an admin resumes it and the site sends it", async ({
  adminPage,
  reader,
  page,
}) => {
  const { draft, issue } = await pausedIssue();
  const cancel = actionId(ACTIONS, "cancelNewsletter");
  for (const cookie of [await sessionCookie(reader.id), undefined]) {
    const refused = await callAction(page.request, {
      url: `${BASE_URL}/admin/newsletter`,
      actionId: cancel,
      fields: { issueId: String(issue.id) },
      cookie,
    });
    expect(refused.state?.status).toBe("error");
  }
  expect(await issueState(issue.id)).toBe("paused");

  await adminPage.goto("/admin/newsletter");
  const card = adminPage.getByRole("listitem", { name: `Newsletter: ${draft.headline}` });
  await card.getByRole("button", { name: `Resume the newsletter of “${draft.headline}”` }).click();
  await expect(adminPage.getByText(`“${draft.headline}”: resumed.`).first()).toBeVisible();
  // The page follows the send by itself, until every mail is out.
  await expect(card.getByText("Sent", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(card.getByRole("progressbar", { name: "3 of 3 handled" })).toBeVisible();
  const [first] = await e2eDb()
    .select()
    .from(newsletterDeliveries)
    .where(eq(newsletterDeliveries.issueId, issue.id));
  const mails = await mailTo(first!.email);
  expect(mails.map((m) => m.subject)).toEqual([draft.headline]);
});
