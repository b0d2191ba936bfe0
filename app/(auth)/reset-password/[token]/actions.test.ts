import { describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import { IDLE, MALFORMED_REQUEST } from "@/lib/action-state";
import { DEAD_RESET_LINK, RESET_DONE } from "@/lib/auth/mail-messages";
import { formOf, viewerAccount } from "@/lib/testing/admin-actions";

vi.mock("@/auth/viewer", () => ({ getViewer: async () => null, getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));

const { db } = await openTestDatabase();
const { resetPassword } = await import("./actions");
const { issueTokenForUser } = await import("@/db/queries/auth-tokens");

const PASSWORD = "a long enough password";

// The form offers a new link only for the code "gone" (components/auth/reset-password-form.tsx).
describe("resetting a password", () => {
  it("answers a used or unknown link with the code gone, and a malformed request with another", async () => {
    const reader = await viewerAccount(db, "reset_reader");
    const issued = await issueTokenForUser(reader.id, "reset-password");
    const form = formOf({ token: issued!.token, password: PASSWORD });
    expect(await resetPassword(IDLE, form)).toMatchObject({ status: "ok", message: RESET_DONE });

    const gone = { status: "error", code: "gone", message: DEAD_RESET_LINK };
    expect(await resetPassword(IDLE, form)).toMatchObject(gone);
    const unknown = formOf({ token: "never-issued", password: PASSWORD });
    expect(await resetPassword(IDLE, unknown)).toMatchObject(gone);

    const malformed = await resetPassword(IDLE, "{}" as unknown as FormData);
    expect(malformed).toEqual({ status: "error", code: "invalid", message: MALFORMED_REQUEST });
  });
});
