import { count, eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import {
  auditLog,
  previewLinks,
  reviewImages,
  reviewRevisions,
  reviews,
  soundtracks,
  tracks,
} from "@/db/schema";
import { IDLE } from "@/lib/action-state";
import { SESSION_ENDED } from "@/lib/editor-schemas";
import { editorFormData } from "@/lib/editor-values";
import { viewerAccount } from "@/lib/testing/admin-actions";
import { storedReview } from "@/lib/testing/editor-db";
import { editorForm as form, editorValues as values } from "@/lib/testing/editor-form";
import { png } from "@/lib/testing/png";
import type { Viewer } from "@/lib/viewer";

// The editor's actions refused to anyone but an admin (the rest of them: actions.test.ts).

const clock = vi.hoisted(() => ({ at: new Date("2026-11-25T12:00:00Z") }));
vi.mock("@/auth/viewer", () => ({ getViewer: vi.fn(), getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
vi.mock("@/db/clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

const { db } = await openTestDatabase({ now: clock.at });
const { getViewer } = await import("@/auth/viewer");
const { revalidateTag } = await import("next/cache");
const { autosaveReview, renderBodyPreview, restoreRevision, saveReview, showRevision } =
  await import("./actions");
const shared = await import("./share-actions");

const admin = await viewerAccount(db, "ada_guard", { role: "admin", name: "Ada" });
const reader: Viewer = { id: "someone", name: "Rae", handle: "rae", role: "reader" };

async function create() {
  vi.mocked(getViewer).mockResolvedValue(admin);
  const v = values();
  const state = await saveReview(IDLE, form(v));
  expect(state.status, state.message).toBe("ok");
  vi.mocked(revalidateTag).mockClear();
  return { id: state.data!.reviewId, values: v };
}

const review = (id: number) => storedReview(db, id);
const total = async (table: SQLiteTable) => (await db.select({ n: count() }).from(table))[0]!.n;

describe("what must not be possible", () => {
  it("refuses every editor action to a reader and a visitor, and changes nothing", async () => {
    const { id, values: v } = await create();
    const [revision] = await db
      .select()
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, id));
    const counts = async () =>
      Promise.all(
        [reviews, reviewRevisions, previewLinks, reviewImages, soundtracks, tracks, auditLog].map(
          total,
        ),
      );
    const before = await counts();
    const calls: [
      string,
      (state: typeof IDLE, data: FormData) => Promise<{ status: string; message: string }>,
      () => FormData,
    ][] = [
      ["saveReview", saveReview as never, () => form({ ...v, headline: "Hacked" }, id)],
      ["saveReview (new)", saveReview as never, () => form(values())],
      ["autosaveReview", autosaveReview as never, () => form({ ...v, body: "Hacked" }, id)],
      ["renderBodyPreview", renderBodyPreview as never, () => editorFormData(v)],
      [
        "showRevision",
        showRevision as never,
        () => editorFormData(v, { reviewId: String(id), revisionId: String(revision!.id) }),
      ],
      [
        "restoreRevision",
        restoreRevision as never,
        () => editorFormData(v, { reviewId: String(id), revisionId: String(revision!.id) }),
      ],
      [
        "createPreviewLink",
        shared.createPreviewLink as never,
        () => editorFormData(v, { reviewId: String(id), days: "7" }),
      ],
      [
        "revokePreviewLink",
        shared.revokePreviewLink as never,
        () => editorFormData(v, { reviewId: String(id), token: "x" }),
      ],
      [
        "uploadCover",
        shared.uploadCover as never,
        () => {
          const data = editorFormData(v, { reviewId: String(id) });
          data.set("cover", new File([png(1, 1)], "cover.png", { type: "image/png" }));
          return data;
        },
      ],
      [
        "uploadReviewImage",
        shared.uploadReviewImage as never,
        () => {
          const data = editorFormData(v, { reviewId: String(id), alt: "A still" });
          data.set("image", new File([png(1, 1)], "still.png", { type: "image/png" }));
          return data;
        },
      ],
    ];
    // A reader is told what is true of them; a visitor that their session has ended (the editor
    // then offers to sign in again, keeping what was typed).
    for (const [caller, message] of [
      [reader, "Only editors can do that."],
      [null, SESSION_ENDED],
    ] as const) {
      vi.mocked(getViewer).mockResolvedValue(caller);
      for (const [name, action, data] of calls) {
        const state = await action(IDLE, data());
        expect({ name, state: state.status, message: state.message }).toEqual({
          name,
          state: "error",
          message,
        });
      }
    }
    expect(await counts()).toEqual(before);
    expect(await review(id)).toMatchObject({ headline: v.headline, body: v.body });
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
