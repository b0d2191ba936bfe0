import { eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { reviews } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { insertDraftReview, viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

// The page checks its caller itself, not only through the admin layout: a request for the page's
// segment alone (a client-side navigation) does not run the layout.

const caller = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/auth/viewer", () => ({
  getViewer: async () => caller.viewer,
  getSuspension: async () => null,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "127.0.0.1:3000" }),
}));

const { db } = await openTestDatabase({ seed: false });
const { default: NewsletterPreviewPage } = await import("./page");
const admin = await viewerAccount(db, "ada_preview", { role: "admin" });
const reader = await viewerAccount(db, "rita_preview");
const review = await insertDraftReview(db, "newsletter-preview-page");
await db.update(reviews).set({ criticScore: 70 }).where(eq(reviews.id, review.id));

const open = (searchParams: Record<string, string> = {}) =>
  NewsletterPreviewPage({
    params: Promise.resolve({ id: String(review.id) }),
    searchParams: Promise.resolve(searchParams),
  });

describe("the newsletter's preview page", () => {
  it("is not found for a visitor or a reader", async () => {
    for (const viewer of [null, reader]) {
      caller.viewer = viewer;
      await expect(open()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
  });

  it("shows an admin the HTML part in a sandboxed frame, and the text part", async () => {
    caller.viewer = admin;
    const html = renderToStaticMarkup(await open());
    expect(html).toContain('sandbox=""');
    expect(html).toMatch(/<iframe[^>]*srcDoc="&lt;!doctype html&gt;/i);
    expect(html).toContain("One&lt;/td&gt;");
    const text = renderToStaticMarkup(await open({ part: "text" }));
    expect(text).not.toContain("<iframe");
    expect(text).toContain("Critic&#x27;s score: 7.0 / 10");
    expect(text).toContain("Total running time (1 track): 1:00");
  });
});
