import { eq } from "drizzle-orm";
import { reviews } from "../db/schema";
import { actionId, callAction, sessionCookie } from "./actions";
import { createDraft, e2eDb } from "./database";
import { axeScan, expect, FEATURED, test } from "./fixtures";

const ADMIN_PAGES = ["/admin", "/admin/settings", "/admin/csp-reports", "/admin/newsletter"];

test("an admin sees the weekly calendar, the figures and the drafts", async ({ adminPage }) => {
  const draft = await createDraft("dashboard");
  await adminPage.goto("/admin");
  await expect(adminPage.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(adminPage.getByText("Open reports")).toBeVisible();
  const calendar = adminPage.getByRole("region", { name: "Weekly calendar" });
  await expect(calendar.getByText("This week", { exact: true })).toBeVisible();
  await expect(calendar.getByText("Next week", { exact: true })).toBeVisible();
  const drafts = adminPage.getByRole("region", { name: "Drafts" });
  await expect(drafts.getByText(draft.headline, { exact: true })).toBeVisible();
  await expect(drafts.getByRole("button", { name: `Schedule “${draft.headline}”` })).toBeVisible();
  const { violations } = await axeScan(adminPage).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("an admin sets the weekly slot, and a bad time zone is explained", async ({ adminPage }) => {
  // Before the slot changes (this test is the only one that changes it): the seeded review went
  // out in this week's slot, so its week and its "Live since" name the same moment.
  await adminPage.goto("/admin");
  const calendar = adminPage.getByRole("region", { name: "Weekly calendar" });
  const week = calendar.getByRole("listitem").filter({ hasText: FEATURED.headline }).first();
  const opened = (await week.getAttribute("aria-label"))!.replace(/^Week of /, "");
  await expect(week).toContainText("This week");
  await expect(week).toContainText(`${FEATURED.film} · Week 1 · Live since ${opened}`);

  await adminPage.goto("/admin/settings");
  await adminPage.getByLabel("Time zone").fill("Mars/Olympus");
  await adminPage.getByRole("button", { name: "Save the weekly slot" }).click();
  await expect(adminPage.getByText("Give a time zone such as Europe/London")).toBeVisible();
  await expect(adminPage.getByLabel("Time zone")).toHaveValue("Mars/Olympus");

  await adminPage.getByLabel("Weekday").selectOption("Wednesday");
  await adminPage.getByLabel("Time zone").fill("Europe/Paris");
  await adminPage.getByRole("button", { name: "Save the weekly slot" }).click();
  await expect(
    adminPage.getByText(/^Saved\. The next slot is Wednesday .*, 09:00 \(Europe\/Paris\)\.$/),
  ).toBeVisible();
  await adminPage.goto("/admin");
  await expect(
    adminPage.getByText("Reviews go out Wednesdays at 09:00 (Europe/Paris)."),
  ).toBeVisible();

  // Back to the default, for the tests that schedule into the next slot.
  await adminPage.goto("/admin/settings");
  await adminPage.getByLabel("Weekday").selectOption("Tuesday");
  await adminPage.getByLabel("Time zone").fill("Europe/London");
  await adminPage.getByRole("button", { name: "Save the weekly slot" }).click();
  await expect(adminPage.getByText(/^Saved\./)).toBeVisible();
});

test.describe("what must not be possible", () => {
  for (const path of ADMIN_PAGES) {
    test(`a reader and a visitor get the not-found page at ${path}`, async ({
      readerPage,
      page,
    }) => {
      for (const visitor of [readerPage, page]) {
        const response = await visitor.goto(path);
        expect(response?.status()).toBe(404);
        await expect(
          visitor.getByRole("heading", { name: "We couldn’t find that page" }),
        ).toBeVisible();
      }
    });
  }

  test("a reader's direct POST to a publishing action changes nothing", async ({
    request,
    reader,
  }) => {
    const draft = await createDraft("forbidden");
    const cookie = await sessionCookie(reader.id);
    for (const [name, fields] of [
      ["publishReview", { when: "now", shareWeek: "yes" }],
      ["deleteReview", { confirm: "delete" }],
    ] as const) {
      for (const who of [cookie, undefined]) {
        const answer = await callAction(request, {
          url: "/admin",
          actionId: actionId("app/admin/actions.ts", name),
          fields: { reviewId: String(draft.id), ...fields },
          cookie: who,
        });
        expect(answer.state?.status).not.toBe("ok");
      }
    }
    const [row] = await e2eDb().select().from(reviews).where(eq(reviews.id, draft.id));
    expect(row).toMatchObject({ status: "draft", publishedAt: null });
    expect((await request.get(`/reviews/${draft.slug}`)).status()).toBe(404);
  });
});
