import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { E2E_LOG_FILE } from "./config";
import { expect, test } from "./fixtures";

/**
 * The site's log, as its server wrote it (to standard output and, for the tests, to a file):
 * every line must be one whole event, whatever a visitor sent.
 */
type LogEvent = { level: string; time: string; event: string; [field: string]: unknown };

function logLines(): string[] {
  return readFileSync(E2E_LOG_FILE, "utf8").split("\n").slice(0, -1);
}

const events = () => logLines().map((line) => JSON.parse(line) as LogEvent);
const mentioning = (marker: string) => events().filter((e) => JSON.stringify(e).includes(marker));

test("a hostile callbackUrl is one escaped line without a stack, and forges none", async ({
  request,
}) => {
  const marker = `FAKE-${randomUUID()}`;
  const forged = `{"level":"error","time":"2026-01-01T00:00:00.000Z","event":"${marker}"}`;
  const hostile = `\n\u001b[31m${marker} admin signed in\u001b[0m\r\n${forged}\u2028\u0085`;
  const answer = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(hostile)}`, {
    maxRedirects: 0,
  });
  expect(answer.status()).toBeLessThan(500);

  await expect.poll(() => mentioning(marker).length).toBe(1);
  const [event] = mentioning(marker);
  expect(event).toMatchObject({ level: "warn", event: "auth.refused" });
  expect(event?.reason).toContain(`Invalid callback URL. Received: ${hostile}`);
  expect(event).not.toHaveProperty("err");

  // Every line of the log is one event of the site's shape: nothing started a line of its own.
  for (const line of logLines()) {
    expect(line, line).toMatch(/^\{"level":"(debug|info|warn|error)","time":"[^"]+","event":"/);
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  }
  expect(events().filter((e) => e.event === marker)).toEqual([]);
});

test("a visitor's mistakes are one line each without a stack", async ({ request }) => {
  // An unknown Auth.js address, a sign-in without its CSRF token, an action that does not exist.
  const path = `/api/auth/${randomUUID()}`;
  expect((await request.get(path)).status()).toBeLessThan(500);
  const withoutCsrf = await request.post("/api/auth/callback/credentials", {
    form: { email: `${randomUUID()}@e2e.test`, password: "not a password" },
    maxRedirects: 0,
  });
  expect(withoutCsrf.status()).toBeLessThan(500);
  const actionId = randomBytes(21).toString("hex");
  const unknownAction = await request.post("/sign-in", {
    headers: { "next-action": actionId, accept: "text/x-component" },
    multipart: { field: "value" },
  });
  expect(unknownAction.status()).toBeLessThan(500);

  await expect.poll(() => mentioning(path).length).toBe(1);
  await expect.poll(() => mentioning(actionId).length).toBe(1);
  expect(mentioning(path)[0]).toMatchObject({ level: "warn", event: "auth.refused" });
  expect(mentioning(actionId)[0]).toMatchObject({ level: "warn" });
  await expect
    .poll(() => events().filter((e) => String(e.reason).startsWith("MissingCSRF")).length)
    .toBeGreaterThan(0);
  for (const event of events()) {
    if (event.level === "error") continue;
    expect(JSON.stringify(event), event.event).not.toMatch(/\\n\s+at /);
  }
});
