import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headerRules, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("forbid plugins, <base>, framing, foreign forms and scripts from other origins", () => {
    const policy = contentSecurityPolicy().split("; ");
    expect(policy).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
      ]),
    );
    expect(policy.find((d) => d.startsWith("form-action"))).toMatch(/^form-action 'self'/);
  });

  it("let code be evaluated only by the development server", () => {
    expect(contentSecurityPolicy()).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
    const names = securityHeaders().map((h) => h.key);
    expect(names).toEqual(
      expect.arrayContaining([
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
      ]),
    );
    expect(names).not.toContain("Strict-Transport-Security");
  });
});

describe("violation reports", () => {
  it("go to the site's endpoint, by report-uri and by the Reporting API", () => {
    const policy = contentSecurityPolicy().split("; ");
    expect(policy).toEqual(
      expect.arrayContaining(["report-uri /api/csp-reports", "report-to csp"]),
    );
    expect(securityHeaders()).toContainEqual({
      key: "Reporting-Endpoints",
      value: 'csp="/api/csp-reports"',
    });
  });
});

describe("HSTS", () => {
  const hsts = (rule: ReturnType<typeof headerRules>[number]) =>
    rule.headers.some((h) => h.key === "Strict-Transport-Security");

  it("goes with every response when the site's address is https", () => {
    const rules = headerRules({ siteUrl: "https://soundtracks.example" });
    expect(rules.filter(hsts)).toEqual([expect.not.objectContaining({ has: expect.anything() })]);
  });

  it("goes only with requests a proxy says came over https otherwise", () => {
    const rules = headerRules({ siteUrl: "http://localhost:3000" });
    expect(rules.filter(hsts)).toEqual([
      expect.objectContaining({
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      }),
    ]);
  });
});
