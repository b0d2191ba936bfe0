import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { DEMO_ACCOUNTS } from "../db/accounts";
import { reviews } from "../db/schema";
import { modeSaved, testSentMessage, testSubject } from "../lib/newsletter-editor";
import { actionId, callAction, sessionCookie } from "./actions";
import { createDraft, e2eDb } from "./database";
import { expect, test } from "./fixtures";
import { mailTo } from "./outbox";

const ACTIONS = "app/admin/reviews/newsletter-actions.ts";
const ADMIN = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
const panel = (page: Page) => page.getByRole("region", { name: "Newsletter" });
const modeOf = async (id: number) =>
  (await e2eDb().select().from(reviews).where(eq(reviews.id, id)))[0]!.newsletterMode;

/** A draft with a critic's score and a composer: the mail shows both. */
async function scoredDraft(label: string) {
  const draft = await createDraft(label, e2eDb(), {
    track: "Harbour Lights",
    composer: `Ada Lind ${label}`,
  });
  await e2eDb().update(reviews).set({ criticScore: 85 }).where(eq(reviews.id, draft.id));
  return draft;
}

test("an editor sends the whole review, previews the mail and sends themselves a test", async ({
  adminPage: page,
}) => {
  const draft = await scoredDraft("newsletter-editor");
  await page.goto(`/admin/reviews/${draft.id}`);
  const opening = panel(page).getByRole("radio", { name: "Send its opening" });
  const whole = panel(page).getByRole("radio", { name: "Send the whole review" });
  await expect(opening).toBeChecked();

  // From the keyboard: the choice is saved as soon as it moves, apart from the draft.
  await opening.focus();
  await page.keyboard.press("ArrowDown");
  await expect(whole).toBeChecked();
  await expect(panel(page).getByText(modeSaved("full"))).toBeVisible();
  expect(await modeOf(draft.id)).toBe("full");
  await page.reload();
  await expect(panel(page).getByRole("radio", { name: "Send the whole review" })).toBeChecked();

  await panel(page).getByRole("link", { name: "Preview the mail" }).click();
  await expect(page.getByRole("heading", { name: "Newsletter preview" })).toBeVisible();
  const mail = page.frameLocator('iframe[title="The mail\'s HTML part"]');
  await expect(mail.getByRole("heading", { name: draft.headline })).toBeVisible();
  const trackList = mail.getByRole("table").filter({ hasText: "Opening Night" });
  await expect(trackList.getByRole("row", { name: /Opening Night\s+3:05/ })).toBeVisible();
  await expect(trackList.getByRole("row", { name: /Harbour Lights\s+1:37/ })).toBeVisible();
  // 185 + 242 + 97 seconds
  await expect(trackList.getByText("Total running time (3 tracks)")).toBeVisible();
  await expect(trackList.getByText("8:44")).toBeVisible();
  await expect(mail.getByText("8.5", { exact: true })).toBeVisible();
  await expect(mail.getByText(`Ada Lind newsletter-editor`)).toBeVisible();
  await expect(mail.getByText("Continue reading")).toHaveCount(0);

  await page.getByRole("link", { name: "Text part" }).click();
  const text = page.getByLabel("The mail's text part");
  await expect(text).toContainText("Critic's score: 8.5 / 10");
  await expect(text).toContainText("Total running time (3 tracks): 8:44");

  await page.getByRole("link", { name: "← Back to the editor" }).click();
  await panel(page).getByRole("button", { name: "Send me a test" }).click();
  await expect(panel(page).getByText(testSentMessage(ADMIN.email))).toBeVisible();
  const subject = testSubject(draft.headline);
  await expect
    .poll(async () => (await mailTo(ADMIN.email)).filter((m) => m.subject === subject))
    .toHaveLength(1);
  const [sent] = (await mailTo(ADMIN.email)).filter((m) => m.subject === subject);
  expect(sent!.html).toContain("<!doctype html>");
  expect(sent!.html).toMatch(/Opening Night<\/td><td[^>]*>3:05<\/td>/);
  expect(sent!.text).toContain("Total running time (3 tracks): 8:44");
  expect(sent!.text).toContain(`/reviews/${draft.slug}#comments`);
  expect(sent!.headers?.["List-Unsubscribe"]).toMatch(
    /^<https?:\/\/\S+\/newsletter\/\S+\/unsubscribe>$/,
  );
  expect(sent!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
});

test("a reader can neither open a mail's preview nor call the panel's actions", async ({
  readerPage,
  reader,
  request,
}) => {
  const draft = await scoredDraft("newsletter-forbidden");
  const preview = await readerPage.goto(`/admin/reviews/${draft.id}/newsletter`);
  expect(preview?.status()).toBe(404);
  await expect(readerPage.getByText(draft.headline)).toHaveCount(0);

  const before = (await mailTo(reader.email)).length;
  const cookie = await sessionCookie(reader.id);
  for (const who of [cookie, undefined]) {
    for (const [name, fields] of [
      ["chooseNewsletter", { mode: "off" }],
      ["sendNewsletterTest", {}],
    ] as const) {
      const answer = await callAction(request, {
        url: `/admin/reviews/${draft.id}`,
        actionId: actionId(ACTIONS, name),
        fields: { reviewId: String(draft.id), ...fields },
        cookie: who,
      });
      expect(answer.state?.status, `${name} ${who ? "reader" : "visitor"}`).toBe("error");
    }
  }
  expect(await modeOf(draft.id)).toBe("excerpt");
  expect(await mailTo(reader.email)).toHaveLength(before);
});
