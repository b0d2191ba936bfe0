import { describe, expect, it, vi } from "vitest";
import { AuthError, CredentialsSignin } from "next-auth";
import { IDLE } from "@/lib/action-state";
import { log } from "@/lib/logger.mjs";
import { SIGN_IN_FAILED } from "@/lib/auth/sign-in-policy";

// What the sign-in form is told when Auth.js refuses: a wrong password, or a sign-in the database
// could not record because the primary is out of reach (an instance on a replica).

const { signIn } = vi.hoisted(() => ({ signIn: vi.fn() }));
vi.mock("@/auth/config", () => ({
  signIn,
  signOut: vi.fn(),
  AccountLocked: class extends CredentialsSignin {},
  AccountSuspended: class extends CredentialsSignin {},
}));

const { signInWithPassword } = await import("./actions");
const { PRIMARY_DOWN } = await import("@/auth/action");
const { PrimaryUnreachableError } = await import("@/db/replica.mjs");

function form() {
  const data = new FormData();
  data.set("email", "reader@exploring-soundtracks.test");
  data.set("password", "demo-reader-password");
  return data;
}

/** As Auth.js wraps an error thrown during a sign-in: `new CallbackRouteError(error, { provider })`. */
function asAuthJsError(error: unknown): Error {
  const Wrapping = AuthError as unknown as new (error: unknown, options: object) => Error;
  return new Wrapping(error, { provider: "credentials" });
}

describe("signing in with a password", () => {
  it("says the email and password do not match when Auth.js refuses them", async () => {
    signIn.mockRejectedValueOnce(new CredentialsSignin());
    expect(await signInWithPassword(IDLE, form())).toMatchObject({
      status: "error",
      message: SIGN_IN_FAILED,
    });
  });

  it("says the database is out of reach, not that the password is wrong, when it cannot record the sign-in", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const down = new PrimaryUnreachableError(new Error("The primary gave no answer"));
    // Drizzle's "Failed query" around it, and Auth.js around that.
    signIn.mockRejectedValueOnce(asAuthJsError(new Error("Failed query", { cause: down })));
    expect(await signInWithPassword(IDLE, form())).toMatchObject({
      status: "error",
      code: "failed",
      message: PRIMARY_DOWN,
      values: { email: "reader@exploring-soundtracks.test" },
    });
    logged.mockRestore();
  });
});
