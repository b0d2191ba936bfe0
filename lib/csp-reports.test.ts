import { describe, expect, it } from "vitest";
import { parseCspReports } from "./csp-reports";

/** What Chromium sends to report-uri. */
const reportUri = (report: Record<string, unknown>) =>
  JSON.stringify({
    "csp-report": {
      "document-uri": "https://soundtracks.example/admin/settings?tab=1#x",
      referrer: "",
      "violated-directive": "script-src-elem",
      "effective-directive": "script-src-elem",
      "original-policy": "default-src 'self'",
      disposition: "enforce",
      "blocked-uri": "https://evil.example/x.js?token=secret",
      "status-code": 200,
      "script-sample": "",
      ...report,
    },
  });

/** What the Reporting API sends to a Reporting-Endpoints endpoint. */
const reportingApi = (body: Record<string, unknown>, type = "csp-violation") =>
  JSON.stringify([
    {
      age: 10,
      type,
      url: "https://soundtracks.example/admin/reviews/new",
      user_agent: "Chromium",
      body: {
        documentURL: "https://soundtracks.example/admin/reviews/new",
        effectiveDirective: "script-src",
        blockedURL: "eval",
        disposition: "enforce",
        originalPolicy: "default-src 'self'",
        statusCode: 200,
        sourceFile: "https://soundtracks.example/_next/static/chunks/a.js",
        lineNumber: 1,
        columnNumber: 2345,
        sample: "",
        ...body,
      },
    },
  ]);

describe("parseCspReports", () => {
  it("reads report-uri's application/csp-report, without queries or fragments", () => {
    expect(parseCspReports("application/csp-report", reportUri({}))).toEqual({
      ok: true,
      violations: [
        {
          directive: "script-src-elem",
          blockedUri: "https://evil.example/x.js",
          page: "https://soundtracks.example/admin/settings",
          source: null,
          sample: null,
        },
      ],
    });
  });

  it("takes the first word of an older browser's violated-directive", () => {
    const body = reportUri({
      "effective-directive": undefined,
      "violated-directive": "img-src 'self' data:",
      "blocked-uri": "inline",
      "source-file": "https://soundtracks.example/_next/a.js",
      "line-number": 3,
      "column-number": 14,
    });
    expect(parseCspReports("application/csp-report; charset=utf-8", body)).toMatchObject({
      ok: true,
      violations: [
        {
          directive: "img-src",
          blockedUri: "inline",
          source: "https://soundtracks.example/_next/a.js:3:14",
        },
      ],
    });
  });

  it("reads the Reporting API's application/reports+json, csp-violation reports only", () => {
    expect(parseCspReports("application/reports+json", reportingApi({}))).toEqual({
      ok: true,
      violations: [
        {
          directive: "script-src",
          blockedUri: "eval",
          page: "https://soundtracks.example/admin/reviews/new",
          source: "https://soundtracks.example/_next/static/chunks/a.js:1:2345",
          sample: null,
        },
      ],
    });
    expect(parseCspReports("application/reports+json", reportingApi({}, "deprecation"))).toEqual({
      ok: false,
      status: 400,
      message: "The report's body: holds no csp-violation report.",
    });
  });

  it("clips what a visitor could make long", () => {
    const long = `https://soundtracks.example/${"a".repeat(2000)}`;
    const parsed = parseCspReports(
      "application/csp-report",
      reportUri({ "document-uri": long, "script-sample": "x".repeat(500) }),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.violations[0]!.page).toHaveLength(301);
    expect(parsed.violations[0]!.sample).toHaveLength(81);
  });

  it("refuses what is not a report, saying why, never throwing", () => {
    const refused = (type: string | null, body: string) => parseCspReports(type, body);
    expect(refused("text/plain", reportUri({}))).toMatchObject({ ok: false, status: 415 });
    expect(refused(null, reportUri({}))).toMatchObject({ ok: false, status: 415 });
    expect(refused("application/csp-report", "not json")).toEqual({
      ok: false,
      status: 400,
      message: "The report is not JSON.",
    });
    for (const body of [
      "null",
      "[]",
      '"a string"',
      JSON.stringify({ "csp-report": null }),
      reportUri({ "document-uri": "javascript:alert(1)" }),
      reportUri({ "document-uri": 42 }),
      reportUri({ "effective-directive": "<script>" }),
      reportUri({ "line-number": -1 }),
    ]) {
      expect(refused("application/csp-report", body), body).toMatchObject({
        ok: false,
        status: 400,
      });
    }
    for (const body of ["{}", "[]", JSON.stringify(Array(21).fill({ type: "x", body: {} }))]) {
      expect(refused("application/reports+json", body), body).toMatchObject({
        ok: false,
        status: 400,
      });
    }
  });
});
