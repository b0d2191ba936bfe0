import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/logger.mjs";
import { logAuthError } from "./auth-log";

// Shaped as Auth.js's errors are: next-auth itself loads only inside Next.
const authError = (type: string, message: string, code?: string) =>
  Object.assign(new Error(message), { type, code });

function capture() {
  const lines: string[] = [];
  const log = createLogger({ write: (line) => lines.push(line) });
  return { log, events: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("logAuthError", () => {
  it("logs a refused sign-in, a stale form or a bad callbackUrl as one line, without a stack", async () => {
    const { log, events } = capture();
    await logAuthError(
      authError("CredentialsSignin", "Read more at https://errors.authjs.dev", "locked"),
      log,
    );
    await logAuthError(
      authError("MissingCSRF", "CSRF token was missing.\n    at U (chunk.js:1:2)"),
      log,
    );
    await logAuthError(
      authError("InvalidCallbackUrl", "Invalid callback URL. Received: \n\u001b[31mFAKE"),
      log,
    );
    expect(events()).toEqual([
      expect.objectContaining({
        level: "warn",
        event: "auth.refused",
        reason: "Sign-in refused: locked",
      }),
      expect.objectContaining({
        level: "warn",
        reason: "MissingCSRF: CSRF token was missing.\n    at U (chunk.js:1:2)",
      }),
      expect.objectContaining({
        level: "warn",
        reason: "InvalidCallbackUrl: Invalid callback URL. Received: \n\u001b[31mFAKE",
      }),
    ]);
    for (const event of events()) expect(event).not.toHaveProperty("err");
  });

  it("logs a fault with its stack", async () => {
    const { log, events } = capture();
    await logAuthError(authError("AdapterError", "database is locked"), log);
    const [event] = events();
    expect(event).toMatchObject({ level: "error", event: "auth.error" });
    expect((event?.err as { stack: string }).stack).toMatch(/^Error: database is locked\n\s+at /);
  });
});
