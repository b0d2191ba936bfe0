import { z } from "zod";
import type { ThrottleRule } from "@/lib/auth/sign-in-policy";

/**
 * The Content-Security-Policy violation reports browsers send (lib/security-headers.ts names the
 * endpoint): `report-uri`'s `application/csp-report` and the Reporting API's
 * `application/reports+json`, read into one shape. Anyone can post here, so a body is small,
 * counted per address, checked field by field, and trimmed before it is stored.
 */

/** A browser's report is well under 2 kB; the Reporting API batches a few. */
export const CSP_REPORT_MAX_BYTES = 8 * 1024;
/** Thirty reports from one address within 10 minutes; the next waits 10 minutes. */
export const CSP_REPORTS_PER_ADDRESS: ThrottleRule = {
  maxHits: 30,
  windowSeconds: 10 * 60,
  lockSeconds: 10 * 60,
};
/** How many distinct violations are kept: the most recently seen. */
export const CSP_REPORTS_KEPT = 200;

export const cspReportKey = (address: string) => `csp-report:${address}`;

export const CSP_REPORT_TOO_LARGE = `A report may be at most ${CSP_REPORT_MAX_BYTES / 1024} kB.`;
export const CSP_REPORT_TYPES = ["application/csp-report", "application/reports+json"] as const;
const UNSUPPORTED = `Send a report as ${CSP_REPORT_TYPES.join(" or ")}.`;

export type CspViolation = {
  directive: string;
  blockedUri: string;
  page: string;
  source: string | null;
  sample: string | null;
};

export type ParsedReports =
  { ok: true; violations: CspViolation[] } | { ok: false; status: 400 | 415; message: string };

const MAX_TEXT = 300;
const clip = (text: string, max = MAX_TEXT) =>
  text.length > max ? `${text.slice(0, max)}…` : text;

/** An address without its query and fragment (a token in either is nobody's business here). */
function withoutQuery(raw: string): string {
  try {
    const url = new URL(raw);
    return clip(`${url.origin}${url.pathname}`);
  } catch {
    return clip(raw.split(/[?#]/)[0] ?? "");
  }
}

const text = z.string().max(4096);
const position = z.number().int().nonnegative().max(10_000_000);
/** "script-src-elem", or the first word of an older browser's "script-src 'self'". */
const directive = text
  .transform((value) => value.trim().split(/\s+/)[0]!.toLowerCase())
  .pipe(z.string().regex(/^[a-z][a-z-]{1,40}$/, "names no directive"));
const pageUrl = text.pipe(z.url({ protocol: /^https?$/ }));

function violation(fields: {
  directive: string;
  blocked?: string | undefined;
  page: string;
  sourceFile?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  sample?: string | undefined;
}): CspViolation {
  const blocked = fields.blocked?.trim() || "inline";
  const at = [fields.line, fields.column].filter((n) => n !== undefined).join(":");
  return {
    directive: fields.directive,
    blockedUri: blocked.includes(":") ? withoutQuery(blocked) : clip(blocked, 40),
    page: withoutQuery(fields.page),
    source: fields.sourceFile ? `${withoutQuery(fields.sourceFile)}${at ? `:${at}` : ""}` : null,
    sample: fields.sample ? clip(fields.sample, 80) : null,
  };
}

/** `report-uri`: `{"csp-report": {"document-uri": …, "effective-directive": …, …}}`. */
const reportUriBody = z
  .object({
    "csp-report": z.object({
      "document-uri": pageUrl,
      "effective-directive": directive.optional(),
      "violated-directive": directive.optional(),
      "blocked-uri": text.optional(),
      "source-file": text.optional(),
      "line-number": position.optional(),
      "column-number": position.optional(),
      "script-sample": text.optional(),
    }),
  })
  .transform(({ "csp-report": r }) => [
    violation({
      directive: r["effective-directive"] ?? r["violated-directive"] ?? "unknown",
      blocked: r["blocked-uri"],
      page: r["document-uri"],
      sourceFile: r["source-file"],
      line: r["line-number"],
      column: r["column-number"],
      sample: r["script-sample"],
    }),
  ]);

/** The Reporting API: a list of reports, of which the "csp-violation" ones are read. */
const reportingApiBody = z
  .array(
    z.object({
      type: text,
      body: z.unknown(),
    }),
  )
  .min(1)
  .max(20)
  .transform((reports) => reports.filter((r) => r.type === "csp-violation").map((r) => r.body))
  .pipe(
    z
      .array(
        z
          .object({
            documentURL: pageUrl,
            effectiveDirective: directive,
            blockedURL: text.optional(),
            sourceFile: text.optional(),
            lineNumber: position.optional(),
            columnNumber: position.optional(),
            sample: text.optional(),
          })
          .transform((r) =>
            violation({
              directive: r.effectiveDirective,
              blocked: r.blockedURL,
              page: r.documentURL,
              sourceFile: r.sourceFile,
              line: r.lineNumber,
              column: r.columnNumber,
              sample: r.sample,
            }),
          ),
      )
      .min(1, "holds no csp-violation report"),
  );

/** Reads a report body by its media type; a wrong one is 415, anything unreadable 400. */
export function parseCspReports(contentType: string | null, body: string): ParsedReports {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  const schema =
    type === "application/csp-report"
      ? reportUriBody
      : type === "application/reports+json"
        ? reportingApiBody
        : null;
  if (!schema) return { ok: false, status: 415, message: UNSUPPORTED };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, status: 400, message: "The report is not JSON." };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "body";
    return { ok: false, status: 400, message: `The report's ${where}: ${issue?.message}.` };
  }
  return { ok: true, violations: parsed.data };
}
