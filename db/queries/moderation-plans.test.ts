import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { openTestDatabase } from "../testing";
import { type Plan, recordPlans } from "../testing-plans";
import * as schema from "../schema";

// The moderation queue and the audit log are read on a catalogue of 10,000 reviews and 500,000
// comments: every statement they run must find its rows through an index. The plans do not
// depend on how many rows there are (the database has no ANALYZE statistics), so a small
// database shows the plans a large one would get.

const { db: seedDb } = await openTestDatabase();
const { plansOf, scansTable, walksIn } = await recordPlans(env.DATABASE_URL);

const moderation = await import("./moderation");
const writes = await import("./moderation-writes");
const audit = await import("./audit");

const [admin] = await seedDb
  .insert(schema.users)
  .values({ name: "Ed", handle: "plan_admin", email: "plan@example.com", role: "admin" })
  .returning();
const [reader] = await seedDb
  .insert(schema.users)
  .values({ name: "Rae", handle: "plan_reader", email: "rae@example.com" })
  .returning();
const [review] = await seedDb
  .select()
  .from(schema.reviews)
  .where(eq(schema.reviews.slug, "mission-impossible-fallout"));
const posted = await seedDb
  .insert(schema.comments)
  .values(
    [1, 2, 3].map((i) => ({
      reviewId: review!.id,
      authorId: reader!.id,
      body: `Comment ${i}`,
      createdAt: new Date(Date.now() - i * 60_000),
    })),
  )
  .returning();
await seedDb
  .insert(schema.commentReports)
  .values({ commentId: posted[0]!.id, reporterId: admin!.id, reason: "spam" });

/**
 * Steps that read one of the app's tables, or one of its indexes, from end to end. An index
 * walked in its own order by a statement with a LIMIT and no OFFSET (the newest page of a list)
 * stops after that page, and is allowed.
 */
const walks = (plans: Plan[]) =>
  walksIn(plans, (step, sql) => {
    if (!scansTable(step)) return false;
    const pageOfIndex = / USING (COVERING )?INDEX /.test(step) && /\blimit\b/i.test(sql);
    return !pageOfIndex || /\boffset\b/i.test(sql);
  });

describe("query plans of moderation", () => {
  it("the queue, the banned readers and the audit log read through indexes", async () => {
    const plans = await plansOf(async () => {
      const reported = await moderation.getReportedComments({ page: 2, pageSize: 25 });
      await moderation.getReportedComments({ page: 1, pageSize: 25 });
      expect(reported.total).toBe(1);
      const recent = await moderation.getRecentComments({ pageSize: 2 });
      await moderation.getRecentComments({ pageSize: 2, before: recent.older! });
      await moderation.getRecentComments({ pageSize: 2, after: recent.older! });
      await moderation.getBannedReaders({ page: 1, pageSize: 25 });
      const log = await audit.getAuditPage({ pageSize: 1 });
      await audit.getAuditPage({
        pageSize: 1,
        action: "comment.hidden",
        before: log.older ?? { at: Date.now(), id: 1 },
      });
      await audit.getAuditPage({ pageSize: 1, admin: "plan_admin", after: { at: 0, id: 0 } });
      await audit.getAuditActions();
      await audit.getAdmins();
    });
    expect(plans.length).toBeGreaterThan(12);
    expect(walks(plans)).toEqual([]);
    // A page of a list comes off its index in order: nothing is read whole to be sorted.
    const sorted = plans.filter(
      (p) => !/group by/i.test(p.sql) && p.steps.includes("USE TEMP B-TREE FOR ORDER BY"),
    );
    expect(sorted.map((p) => p.sql)).toEqual([expect.stringContaining('where "users"."role" = ?')]);
  });

  it("the writes find their rows by key", async () => {
    const ids = posted.map((c) => c.id);
    const plans = await plansOf(async () => {
      await writes.hideComments({ actorId: admin!.id, commentIds: ids });
      await writes.unhideComments({ actorId: admin!.id, commentIds: ids });
      await writes.deleteComments({ actorId: admin!.id, commentIds: ids });
      await writes.setReaderBan({
        actorId: admin!.id,
        userId: reader!.id,
        banned: true,
        reason: "r",
      });
      await writes.setReaderBan({
        actorId: admin!.id,
        userId: reader!.id,
        banned: false,
        reason: "r",
      });
    });
    expect(plans.length).toBeGreaterThan(10);
    expect(walks(plans)).toEqual([]);
    const resolving = plans.filter((p) => p.sql.startsWith('update "comment_reports"'));
    expect(resolving.flatMap((p) => p.steps)).toEqual([
      "SEARCH comment_reports USING INDEX comment_reports_comment_reporter_idx (comment_id=?)",
      "SEARCH comment_reports USING INDEX comment_reports_comment_reporter_idx (comment_id=?)",
    ]);
  });
});
