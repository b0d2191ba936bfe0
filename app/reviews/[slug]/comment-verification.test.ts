import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { comments, reviews, siteSettings } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";
import { VERIFY_TO_COMMENT } from "@/lib/auth/mail-messages";
import { formOf, viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

const { getViewer } = vi.hoisted(() => ({ getViewer: vi.fn<() => Promise<Viewer | null>>() }));
vi.mock("@/auth/viewer", () => ({ getViewer, getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));

const { db } = await openTestDatabase();
const { postComment } = await import("./actions");
const { saveRequireVerifiedEmail } = await import("@/db/queries/settings");
const { issueTokenForUser, verifyEmailWithToken } = await import("@/db/queries/auth-tokens");

const [review] = await db
  .select({ id: reviews.id })
  .from(reviews)
  .where(eq(reviews.slug, "mission-impossible-fallout"));
const admin = await viewerAccount(db, "vera_admin", { role: "admin" });

let n = 0;
async function post(reader: Viewer) {
  getViewer.mockResolvedValue(reader);
  n += 1;
  const body = `Unverified test comment ${n}`;
  const state = await postComment(IDLE, formOf({ reviewId: String(review!.id), body }));
  const stored = await db.select().from(comments).where(eq(comments.body, body));
  return { state, stored: stored.length };
}

beforeEach(async () => {
  await db.delete(siteSettings);
});

describe("commenting with an unconfirmed email address", () => {
  it("is refused, with how to confirm, once the admin requires confirmation", async () => {
    const reader = await viewerAccount(db, "una_unconfirmed");
    await saveRequireVerifiedEmail(true, admin.id);
    expect(await post(reader)).toEqual({
      state: expect.objectContaining({ status: "error", message: VERIFY_TO_COMMENT }),
      stored: 0,
    });
  });

  it("works once the reader has opened their link", async () => {
    const reader = await viewerAccount(db, "cora_confirming");
    await saveRequireVerifiedEmail(true, admin.id);
    const issued = await issueTokenForUser(reader.id, "verify-email");
    await verifyEmailWithToken(issued!.token);
    expect(await post(reader)).toMatchObject({ state: { status: "ok" }, stored: 1 });
  });

  it("works while the setting is off, as on the demo site", async () => {
    const reader = await viewerAccount(db, "otto_off");
    await saveRequireVerifiedEmail(false, admin.id);
    expect(await post(reader)).toMatchObject({ state: { status: "ok" }, stored: 1 });
  });
});
