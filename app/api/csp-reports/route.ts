import { takeThrottleHit } from "@/db/queries/throttles";
import { recordCspViolations } from "@/db/queries/csp-reports";
import { clientAddress } from "@/lib/client-address";
import {
  CSP_REPORT_MAX_BYTES,
  CSP_REPORT_TOO_LARGE,
  CSP_REPORTS_PER_ADDRESS,
  cspReportKey,
  parseCspReports,
} from "@/lib/csp-reports";
import { log } from "@/lib/logger.mjs";
import { readBodyUpTo } from "@/lib/read-body";
import { requestId } from "@/lib/request-log";

const refuse = (status: number, error: string, headers?: HeadersInit) =>
  Response.json({ error }, { status, headers });

/**
 * Where browsers report what the Content-Security-Policy blocked (lib/security-headers.ts): each
 * violation is counted for the admins' page (/admin/csp-reports) and logged as one line. A body
 * over the limit is 413, an address past its share of reports 429, anything unreadable 400.
 */
export async function POST(request: Request) {
  const body = await readBodyUpTo(request, CSP_REPORT_MAX_BYTES);
  if (body === null) return refuse(413, CSP_REPORT_TOO_LARGE);
  const key = cspReportKey(clientAddress(request.headers));
  const lockedUntil = await takeThrottleHit(key, CSP_REPORTS_PER_ADDRESS);
  if (lockedUntil) {
    const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 1000));
    return refuse(429, "Too many reports from this address.", { "retry-after": String(seconds) });
  }
  const parsed = parseCspReports(request.headers.get("content-type"), body);
  if (!parsed.ok) return refuse(parsed.status, parsed.message);
  await recordCspViolations(parsed.violations);
  const id = await requestId();
  for (const violation of parsed.violations) {
    log.warn("csp.violation", { requestId: id, ...violation });
  }
  return new Response(null, { status: 204 });
}
