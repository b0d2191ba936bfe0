import "server-only";
import { desc, sql } from "drizzle-orm";
import { CSP_REPORTS_KEPT, type CspViolation } from "@/lib/csp-reports";
import { getDb } from "..";
import { now } from "../clock.mjs";
import { type CspReport, cspReports } from "../schema";

/**
 * Counts each violation on its row (one per directive, blocked address and page) and drops the
 * rows seen least recently beyond CSP_REPORTS_KEPT, in one batch: however many reports arrive,
 * the table stays small.
 */
export async function recordCspViolations(violations: readonly CspViolation[]) {
  const db = getDb();
  const seenAt = now();
  const [first, ...rest] = violations.map((v) =>
    db
      .insert(cspReports)
      .values({ ...v, firstSeenAt: seenAt, lastSeenAt: seenAt })
      .onConflictDoUpdate({
        target: [cspReports.directive, cspReports.blockedUri, cspReports.page],
        set: {
          count: sql`${cspReports.count} + 1`,
          lastSeenAt: seenAt,
          source: v.source,
          sample: v.sample,
        },
      }),
  );
  if (!first) return;
  await db.batch([
    first,
    ...rest,
    db.run(sql`
      DELETE FROM csp_reports WHERE id IN (
        SELECT id FROM csp_reports ORDER BY last_seen_at DESC, id DESC
        LIMIT -1 OFFSET ${CSP_REPORTS_KEPT})`),
  ]);
}

/** Every violation kept, the most recently seen first, for the admins' page. */
export async function getCspReports(limit = CSP_REPORTS_KEPT): Promise<CspReport[]> {
  return getDb()
    .select()
    .from(cspReports)
    .orderBy(desc(cspReports.lastSeenAt), desc(cspReports.id))
    .limit(limit);
}
