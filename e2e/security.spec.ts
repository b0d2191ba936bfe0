import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { reviews } from "../db/schema";
import { CROSS_SITE_FORM, MALFORMED_REQUEST } from "../lib/action-state";
import { commentTooLongMessage } from "../lib/comment-rules";
import { FORM_LIMIT_BYTES, FORM_TOO_LARGE } from "../lib/request-limits.mjs";
import { actionId, callAction, sessionCookie } from "./actions";
import { BASE_URL } from "./config";
import { createDraft, e2eDb } from "./database";
import { bodyPreview } from "./editor-flow";
import { expect, FEATURED, test } from "./fixtures";

/**
 * Records every Content-Security-Policy violation of every page the browser opens from now on,
 * from before its first script runs: each is sent to the test as it happens, so a violation on
 * one page is not lost when the next one loads (an eval that zod probes for and catches, say).
 */
async function watchPolicy(page: Page): Promise<() => string[]> {
  const violations: string[] = [];
  await page.exposeBinding("reportViolation", (_source, line: string) => {
    violations.push(line);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportViolation: (line: string) => void })
        .reportViolation;
      report(`${location.pathname}: ${event.effectiveDirective} ${event.blockedURI || "inline"}`);
    });
  });
  return () => violations;
}

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
  await page.waitForLoadState("load");
}

/** Every page a visitor can open, a few to a test so that each stays short on a busy machine. */
const VISITOR_PAGES: Record<string, [path: string, status?: number][]> = {
  "the reviews": [
    ["/"],
    [`/reviews/${FEATURED.slug}`],
    [`/reviews/${FEATURED.slug}/comments/oldest/1`],
    ["/reviews"],
    ["/reviews?sort=oldest"],
    // Seven seeded reviews fit on the first page of 20: the second is a 404 (archive-pages.spec.ts
    // fills more, after this).
    ["/reviews/page/2", 404],
  ],
  "comparing, searching, browsing": [
    ["/compare"],
    [`/compare/${FEATURED.slug}-vs-the-harrowmere-eight`],
    ["/search"],
    ["/search/fallout"],
    ["/composers"],
    ["/composers/lorne-balfe"],
    ["/top-rated"],
    ["/about"],
  ],
  "accounts and errors": [
    ["/sign-in"],
    ["/sign-up"],
    ["/forgot-password"],
    ["/reset-password/not-a-token"],
    ["/verify-email/not-a-token"],
    ["/no-such-page", 404],
    ["/api/auth/error?error=AccessDenied", 404],
    ["/preview/nope", 404],
  ],
};

test.describe("the Content-Security-Policy", () => {
  for (const [name, pages] of Object.entries(VISITOR_PAGES)) {
    test(`no page a visitor opens breaks it: ${name}`, async ({ page }) => {
      const violations = await watchPolicy(page);
      for (const [path, status] of pages) await visit(page, path, status);
      expect(violations()).toEqual([]);
    });
  }

  test("no page a reader opens breaks it", async ({ readerPage, reader }) => {
    const violations = await watchPolicy(readerPage);
    await visit(readerPage, `/reviews/${FEATURED.slug}`);
    // The reader's forms are loaded after the page: the comment box is one of them.
    await expect(readerPage.getByRole("button", { name: "Post comment" })).toBeVisible();
    await visit(readerPage, "/notifications");
    await visit(readerPage, "/settings");
    await visit(readerPage, `/u/${reader.handle}`);
    expect(violations()).toEqual([]);
  });

  test("no admin page breaks it: the dashboard, moderation and settings", async ({ adminPage }) => {
    const violations = await watchPolicy(adminPage);
    for (const path of [
      "/admin",
      "/admin/moderation",
      "/admin/moderation/readers",
      "/admin/audit",
      "/admin/csp-reports",
      "/admin/newsletter",
      "/admin/settings",
    ]) {
      await visit(adminPage, path);
    }
    expect(violations()).toEqual([]);
  });

  test("no admin page breaks it: the editor and the preview", async ({ adminPage }) => {
    const draft = await createDraft("csp");
    const violations = await watchPolicy(adminPage);
    await visit(adminPage, "/admin/reviews/new");
    await visit(adminPage, `/admin/reviews/${draft.id}/preview`);
    // The mail's HTML, in a frame that keeps the page's policy: its styles and images pass.
    await visit(adminPage, `/admin/reviews/${draft.id}/newsletter`);
    await expect(
      adminPage.frameLocator('iframe[title="The mail\'s HTML part"]').getByText("Track list"),
    ).toBeVisible();
    await visit(adminPage, `/admin/reviews/${draft.id}`);
    // The editor's scripts have run once its preview shows the Markdown typed into it.
    await adminPage.getByLabel("Review (Markdown)").fill("Some *emphasis*.");
    await expect(bodyPreview(adminPage).locator("em")).toHaveText("emphasis");
    expect(violations()).toEqual([]);
  });
});

test.describe("security headers", () => {
  test("every kind of response carries them; HSTS only over HTTPS", async ({ request }) => {
    for (const path of [
      "/",
      `/reviews/${FEATURED.slug}`,
      "/reviews?sort=oldest",
      "/api/viewer",
      "/feed.xml",
      "/no-such-page",
    ]) {
      const headers = (await request.get(path)).headers();
      const csp = headers["content-security-policy"] ?? "";
      for (const directive of [
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "script-src 'self'",
      ]) {
        expect(csp, `${path}: ${directive}`).toContain(directive);
      }
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      expect(headers["strict-transport-security"], path).toBeUndefined();
    }
    // Only a proxy the operator trusts says a request came over HTTPS (e2e/server.spec.ts), never
    // the client itself.
    const claimed = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect(claimed.headers()["strict-transport-security"]).toBeUndefined();
  });
});

test.describe("requests the site cannot take", () => {
  const signIn = () => actionId("app/(auth)/sign-in/actions.ts", "signInWithPassword");

  test("a form larger than the limit gets 413 with a message, not a 500", async ({ request }) => {
    const response = await request.post("/sign-in", {
      headers: { "next-action": signIn(), "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(FORM_LIMIT_BYTES + 1),
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toBe(FORM_TOO_LARGE);
  });

  test("an action sent JSON instead of a form answers an error state, never a 500", async ({
    request,
  }) => {
    const post = (data: string) =>
      request.post("/sign-in", {
        headers: {
          "next-action": signIn(),
          accept: "text/x-component",
          "content-type": "application/json",
        },
        data,
      });
    for (const body of [
      JSON.stringify({ email: "someone@e2e.test", password: "secret-secret" }),
      JSON.stringify([{ status: "idle", message: "" }, { email: "someone@e2e.test" }]),
    ]) {
      const response = await post(body);
      expect(response.status(), body).toBe(200);
      expect(await response.text(), body).toContain(
        JSON.stringify({ status: "error", code: "invalid", message: MALFORMED_REQUEST }),
      );
    }
    // What React could not even turn into arguments is refused before it reaches the action.
    for (const body of ['"a string"', "42", "not json"]) {
      const response = await post(body);
      expect(response.status(), body).toBe(400);
      expect(await response.text(), body).toBe(MALFORMED_REQUEST);
    }
  });

  test("a pasted megabyte stays in the comment box with the length message", async ({
    readerPage,
  }) => {
    await readerPage.goto(`/reviews/${FEATURED.slug}#comments`);
    const form = readerPage.getByRole("form", { name: "Post a comment" });
    const box = form.getByRole("textbox", { name: "Your comment" });
    const megabyte = "La la land. ".repeat(Math.ceil((1024 * 1024) / 12));
    await box.fill(megabyte);
    const sent: string[] = [];
    readerPage.on("request", (r) => {
      if (r.headers()["next-action"]) sent.push(r.url());
    });
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByText(commentTooLongMessage(megabyte.trim().length))).toBeVisible();
    await expect(box).toHaveValue(megabyte);
    expect(sent).toEqual([]);
  });
});

test.describe("actions the site cannot take", () => {
  const signIn = () => actionId("app/(auth)/sign-in/actions.ts", "signInWithPassword");
  const boundary = "----e2eBoundary7MA4YWxk";
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const whole = `${part("1_email", "someone@e2e.test")}${part("0", '["$K1"]')}--${boundary}--\r\n`;
  const multipart = { "content-type": `multipart/form-data; boundary=${boundary}` };
  /** As a script sends an action, and as a form does without JavaScript. */
  const senders = (): Record<string, string>[] => [{ "next-action": signIn() }, {}];

  test("a truncated or malformed form answers 400 with a message, not a 500", async ({
    request,
  }) => {
    for (const [label, body] of [
      ["cut short", whole.slice(0, whole.length - 40)],
      ["cut in a part's headers", `--${boundary}\r\nContent-Disposi`],
      ["no parts at all", "email=someone@e2e.test"],
    ]) {
      for (const action of senders()) {
        const response = await request.post("/sign-in", {
          headers: { ...multipart, ...action },
          data: body,
        });
        expect(response.status(), label).toBe(400);
        expect(await response.text(), label).toBe(MALFORMED_REQUEST);
      }
    }
  });

  test("a form sent from another site answers 403 with a message, not a 500", async ({
    request,
  }) => {
    for (const origin of ["https://elsewhere.example", "null", "not a url"]) {
      for (const action of senders()) {
        const response = await request.post("/sign-in", {
          headers: { ...multipart, ...action, origin },
          data: whole,
        });
        expect(response.status(), origin).toBe(403);
        expect(await response.text(), origin).toBe(CROSS_SITE_FORM);
      }
    }
    // From the site's own pages it is read as usual.
    const own = await request.post("/sign-in", {
      headers: { ...multipart, "next-action": signIn(), origin: BASE_URL },
      data: whole,
    });
    expect(own.status()).toBe(200);
  });

  test("a comment refused for its length is not sent back", async ({ request, reader }) => {
    const [review] = await e2eDb().select().from(reviews).where(eq(reviews.slug, FEATURED.slug));
    const megabyte = "La la land. ".repeat(Math.ceil((1024 * 1024) / 12));
    const answer = await callAction(request, {
      url: `/reviews/${FEATURED.slug}`,
      actionId: actionId("app/reviews/[slug]/actions.ts", "postComment"),
      fields: { reviewId: String(review!.id), body: megabyte },
      cookie: await sessionCookie(reader.id),
    });
    expect(answer.state?.status).toBe("error");
    expect(answer.state?.fieldErrors).toMatchObject({
      body: [commentTooLongMessage(megabyte.trim().length)],
    });
    expect(answer.state?.values).toEqual({ reviewId: String(review!.id) });
    expect(answer.bytes).toBeLessThan(10_000);
  });
});
