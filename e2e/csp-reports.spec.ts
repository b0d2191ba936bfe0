import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { CSP_REPORT_MAX_BYTES, CSP_REPORTS_PER_ADDRESS } from "../lib/csp-reports";
import { CSP_REPORT_PATH } from "../lib/security-headers";
import { contextFrom, freshAddress } from "./callers";
import { BASE_URL } from "./config";
import { expect, test } from "./fixtures";

/** What Chromium posts to report-uri when a page breaks the policy. */
function reportBody(blocked: string, page = `${BASE_URL}/about`) {
  return JSON.stringify({
    "csp-report": {
      "document-uri": page,
      referrer: "",
      "violated-directive": "img-src",
      "effective-directive": "img-src",
      "original-policy": "default-src 'self'",
      disposition: "enforce",
      "blocked-uri": blocked,
      "status-code": 200,
      "script-sample": "",
    },
  });
}

/** A reporter at an address of its own (e2e/callers.ts): the limit counts per address. */
async function reporterFrom(browser: Browser) {
  const address = freshAddress();
  const context = await contextFrom(browser, address);
  return {
    address,
    send: (data: string, type = "application/csp-report") =>
      context.request.post(CSP_REPORT_PATH, { headers: { "content-type": type }, data }),
    close: () => context.close(),
  };
}

async function reportRow(adminPage: Page, blocked: string) {
  await adminPage.goto("/admin/csp-reports");
  await expect(adminPage.getByRole("heading", { name: "Policy reports", level: 1 })).toBeVisible();
  return adminPage.getByRole("row").filter({ hasText: blocked });
}

test("a violation a browser reports is listed for the admins, counted", async ({
  browser,
  adminPage,
}) => {
  const blocked = `http://tracker.invalid/${randomUUID()}.gif`;
  const reporter = await reporterFrom(browser);
  for (let i = 0; i < 2; i++) {
    const answer = await reporter.send(reportBody(`${blocked}?visitor=${i}`));
    expect(answer.status()).toBe(204);
  }
  await reporter.close();
  const row = await reportRow(adminPage, blocked);
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(0)).toHaveText("img-src");
  await expect(row.getByRole("cell").nth(2)).toHaveText(`${BASE_URL}/about`);
  await expect(row.getByRole("cell").nth(3)).toHaveText("2");
  // The query, where a token could sit, is not kept.
  await expect(adminPage.getByText("visitor=")).toHaveCount(0);
  await expect(adminPage.getByRole("navigation", { name: "Admin" })).toContainText(
    "Policy reports",
  );
});

test.describe("what the report endpoint refuses, never with a 500", () => {
  test("a body over the limit is 413", async ({ browser }) => {
    const big = reportBody(`http://x.invalid/${"a".repeat(CSP_REPORT_MAX_BYTES)}`);
    const reporter = await reporterFrom(browser);
    const answer = await reporter.send(big);
    expect(answer.status()).toBe(413);
    expect((await answer.json()).error).toMatch(/at most 8 kB/);
    await reporter.close();
  });

  test("garbage is 400 and another media type 415, each saying why", async ({ browser }) => {
    const reporter = await reporterFrom(browser);
    for (const body of ["not json", "{}", "[1,2,3]", JSON.stringify({ "csp-report": "x" })]) {
      const answer = await reporter.send(body);
      expect(answer.status(), body).toBe(400);
      expect((await answer.json()).error, body).toMatch(/^The report/);
    }
    const reportingApi = await reporter.send("[{}]", "application/reports+json");
    expect(reportingApi.status()).toBe(400);
    const form = await reporter.send("a=b", "application/x-www-form-urlencoded");
    expect(form.status()).toBe(415);
    await reporter.close();
  });

  test("a flood from one address is 429 once past its share, whatever it says; other addresses go on", async ({
    browser,
  }) => {
    const body = reportBody(`http://flood.invalid/${randomUUID()}.gif`);
    const flood = await reporterFrom(browser);
    for (let i = 0; i < CSP_REPORTS_PER_ADDRESS.maxHits; i++) {
      expect((await flood.send(body)).status()).toBe(204);
    }
    const refused = await flood.send(body);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    await flood.close();
    // The same address naming another in X-Forwarded-For is still refused.
    const forged = await contextFrom(browser, flood.address, { "x-forwarded-for": "192.0.2.45" });
    const again = await forged.request.post(CSP_REPORT_PATH, {
      headers: { "content-type": "application/csp-report" },
      data: body,
    });
    expect(again.status()).toBe(429);
    await forged.close();
    const other = await reporterFrom(browser);
    expect((await other.send(body)).status()).toBe(204);
    await other.close();
  });
});
