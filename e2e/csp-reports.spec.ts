import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { CSP_REPORT_MAX_BYTES, CSP_REPORTS_PER_ADDRESS } from "../lib/csp-reports";
import { CSP_REPORT_PATH } from "../lib/security-headers";
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

/** Each test reports from an address of its own: the limit counts per address. */
const sendReport = (
  request: APIRequestContext,
  address: string,
  data: string,
  type = "application/csp-report",
) =>
  request.post(CSP_REPORT_PATH, {
    headers: { "content-type": type, "x-forwarded-for": address },
    data,
  });

async function reportRow(adminPage: Page, blocked: string) {
  await adminPage.goto("/admin/csp-reports");
  await expect(adminPage.getByRole("heading", { name: "Policy reports", level: 1 })).toBeVisible();
  return adminPage.getByRole("row").filter({ hasText: blocked });
}

test("a violation a browser reports is listed for the admins, counted", async ({
  request,
  adminPage,
}) => {
  const blocked = `http://tracker.invalid/${randomUUID()}.gif`;
  for (let i = 0; i < 2; i++) {
    const answer = await sendReport(request, "192.0.2.41", reportBody(`${blocked}?visitor=${i}`));
    expect(answer.status()).toBe(204);
  }
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
  test("a body over the limit is 413", async ({ request }) => {
    const big = reportBody(`http://x.invalid/${"a".repeat(CSP_REPORT_MAX_BYTES)}`);
    const answer = await sendReport(request, "192.0.2.42", big);
    expect(answer.status()).toBe(413);
    expect((await answer.json()).error).toMatch(/at most 8 kB/);
  });

  test("garbage is 400 and another media type 415, each saying why", async ({ request }) => {
    for (const body of ["not json", "{}", "[1,2,3]", JSON.stringify({ "csp-report": "x" })]) {
      const answer = await sendReport(request, "192.0.2.43", body);
      expect(answer.status(), body).toBe(400);
      expect((await answer.json()).error, body).toMatch(/^The report/);
    }
    const reportingApi = await sendReport(
      request,
      "192.0.2.43",
      "[{}]",
      "application/reports+json",
    );
    expect(reportingApi.status()).toBe(400);
    const form = await sendReport(
      request,
      "192.0.2.43",
      "a=b",
      "application/x-www-form-urlencoded",
    );
    expect(form.status()).toBe(415);
  });

  test("a flood from one address is 429 once past its share; other addresses go on", async ({
    request,
  }) => {
    const body = reportBody(`http://flood.invalid/${randomUUID()}.gif`);
    for (let i = 0; i < CSP_REPORTS_PER_ADDRESS.maxHits; i++) {
      expect((await sendReport(request, "192.0.2.44", body)).status()).toBe(204);
    }
    const refused = await sendReport(request, "192.0.2.44", body);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await sendReport(request, "192.0.2.45", body)).status()).toBe(204);
  });
});
