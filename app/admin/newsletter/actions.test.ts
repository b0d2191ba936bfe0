import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, newsletterIssues } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";
import { formOf as form, viewerAccount } from "@/lib/testing/admin-actions";
import { clearNewsletter, liveIssue, subscribe } from "@/lib/testing/newsletter-issue";
import { UNKNOWN_ISSUE } from "@/lib/newsletter-schemas";
import type { Viewer } from "@/lib/viewer";

const { getViewer } = vi.hoisted(() => ({ getViewer: vi.fn<() => Promise<Viewer | null>>() }));
vi.mock("@/auth/viewer", () => ({ getViewer, getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));

const { db } = await openTestDatabase({ seed: false });
const actions = await import("./actions");
const [admin, reader] = [
  await viewerAccount(db, "nl_admin", { role: "admin" }),
  await viewerAccount(db, "nl_reader"),
];

const stateOf = async (id: number) =>
  (await db.select().from(newsletterIssues).where(eq(newsletterIssues.id, id)))[0]!.state;
const logged = (action: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, String(reviewId))));

let issueId: number;
let reviewId: number;
beforeEach(async () => {
  getViewer.mockReset();
  await clearNewsletter(db);
  await subscribe(db, "act", 3, new Date());
  const { issue } = await liveIssue(db, "nl-actions", new Date());
  [issueId, reviewId] = [issue.id, issue.reviewId];
});

describe("the dashboard's newsletter commands", () => {
  it("refuse anyone but an admin, and change nothing", async () => {
    for (const caller of [null, reader]) {
      getViewer.mockResolvedValue(caller);
      for (const action of [actions.pauseNewsletter, actions.cancelNewsletter]) {
        expect(await action(IDLE, form({ issueId: String(issueId) }))).toMatchObject({
          status: "error",
          message: "Only editors can do that.",
        });
      }
    }
    expect(await stateOf(issueId)).toBe("queued");
    expect(await logged("newsletter.paused")).toEqual([]);
  });

  it("pause, resume and cancel an issue, each in the audit log under the admin's name", async () => {
    getViewer.mockResolvedValue(admin);
    const sent = form({ issueId: String(issueId) });
    expect(await actions.pauseNewsletter(IDLE, sent)).toMatchObject({
      status: "ok",
      message: expect.stringContaining("paused"),
    });
    expect(await stateOf(issueId)).toBe("paused");
    expect(await actions.pauseNewsletter(IDLE, sent)).toMatchObject({
      status: "error",
      message: expect.stringContaining("is paused: there is nothing to pause."),
    });
    expect(await actions.resumeNewsletter(IDLE, sent)).toMatchObject({ status: "ok" });
    expect(await actions.cancelNewsletter(IDLE, sent)).toMatchObject({
      status: "ok",
      message: expect.stringContaining("Nobody else will be mailed it."),
    });
    expect(await stateOf(issueId)).toBe("cancelled");
    expect(await actions.resumeNewsletter(IDLE, sent)).toMatchObject({
      status: "error",
      message: expect.stringContaining("only a paused newsletter can be resumed."),
    });
    for (const action of ["newsletter.paused", "newsletter.resumed", "newsletter.cancelled"]) {
      const rows = await logged(action);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actorId: admin.id, targetType: "review" });
    }
    expect(await logged("newsletter.queued")).toHaveLength(1);
  });

  it("answer a clear message for an issue that is not there or a malformed id", async () => {
    getViewer.mockResolvedValue(admin);
    expect(await actions.cancelNewsletter(IDLE, form({ issueId: "999999" }))).toMatchObject({
      status: "error",
      code: "gone",
      message: "That newsletter is gone. Reload the page.",
    });
    expect(await actions.cancelNewsletter(IDLE, form({ issueId: "x" }))).toMatchObject({
      status: "error",
      message: UNKNOWN_ISSUE,
    });
  });
});
