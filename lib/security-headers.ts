/** Where browsers report violations of the policy (app/api/csp-reports/route.ts). */
export const CSP_REPORT_PATH = "/api/csp-reports";
/** The Reporting API's name for that endpoint (`Reporting-Endpoints`, `report-to`). */
const REPORT_GROUP = "csp";

/**
 * The headers every response carries (next.config.ts). The pages are static HTML cached for
 * everyone, and Next writes its page data into inline scripts (`self.__next_f.push(…)`) whose
 * text differs per page and per render, as does the JSON-LD: a per-request nonce would make every
 * page dynamic, and hashes would have to be computed per render. So scripts may run from the site
 * and inline, never from another origin, and no plugin, <base>, framing or foreign form target is
 * allowed. See README, "Security headers".
 */
export function contentSecurityPolicy({ dev = false } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its call stacks; a production build does not.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    // Components set style attributes (a cover's colours).
    "style-src 'self' 'unsafe-inline'",
    // A review's Markdown may show an image from elsewhere; an editor's cover preview is a blob.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    // "Continue with GitHub/Google" posts to the site, which sends the browser on to the provider.
    "form-action 'self' https://github.com https://accounts.google.com",
    // Violations are reported to the site (app/api/csp-reports): report-to where the Reporting
    // API is supported, report-uri elsewhere (a browser with both uses report-to).
    `report-uri ${CSP_REPORT_PATH}`,
    `report-to ${REPORT_GROUP}`,
  ].join("; ");
}

const HSTS = "max-age=63072000; includeSubDomains";

export function securityHeaders({ dev = false } = {}): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    { key: "Reporting-Endpoints", value: `${REPORT_GROUP}="${CSP_REPORT_PATH}"` },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

type HeaderRule = {
  source: string;
  has?: { type: "header"; key: string; value: string }[];
  headers: { key: string; value: string }[];
};

/**
 * next.config.ts `headers()`: every response gets the headers above; HSTS only reaches a browser
 * over HTTPS, either because the site's address is https (set at build) or because the proxy in
 * front says the request came that way.
 */
export function headerRules({ dev = false, siteUrl = "" } = {}): HeaderRule[] {
  const hsts = [{ key: "Strict-Transport-Security", value: HSTS }];
  return [
    { source: "/:path*", headers: securityHeaders({ dev }) },
    siteUrl.startsWith("https:")
      ? { source: "/:path*", headers: hsts }
      : {
          source: "/:path*",
          has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
          headers: hsts,
        },
  ];
}
