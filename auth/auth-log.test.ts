import { afterEach, describe, expect, it, vi } from "vitest";
import { logAuthError } from "./auth-log";

afterEach(() => vi.restoreAllMocks());

// Shaped as Auth.js's errors are: next-auth itself loads only inside Next.
const authError = (type: string, message: string, code?: string) =>
  Object.assign(new Error(message), { type, code });

describe("logAuthError", () => {
  it("logs a refused sign-in or a stale form as one line, without a stack", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    logAuthError(
      authError("CredentialsSignin", "Read more at https://errors.authjs.dev", "locked"),
    );
    logAuthError(authError("MissingCSRF", "CSRF token was missing.\n    at U (chunk.js:1:2)"));
    expect(warn.mock.calls).toEqual([
      ["[auth] Sign-in refused: locked"],
      ["[auth] MissingCSRF: CSRF token was missing."],
    ]);
    expect(error).not.toHaveBeenCalled();
  });

  it("logs a fault in full", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const fault = authError("AdapterError", "database is locked");
    logAuthError(fault);
    expect(error).toHaveBeenCalledWith("[auth]", fault);
  });
});
