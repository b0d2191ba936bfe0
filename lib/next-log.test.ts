import { describe, expect, it } from "vitest";
import { consoleEvent } from "./console-log.mjs";
import { createLogger } from "./logger.mjs";
import { logRequestError } from "./next-log";

function capture() {
  const lines: string[] = [];
  const log = createLogger({ level: "debug", write: (line) => lines.push(line) });
  return { log, events: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const request = {
  path: "/reviews/x",
  method: "GET",
  headers: { "x-request-id": "req-1", "user-agent": "test" },
};
const context = { routePath: "/reviews/[slug]", routeType: "render" };

describe("logRequestError", () => {
  it("is one event with the request's id and path and the error's stack", () => {
    const { log, events } = capture();
    logRequestError(Object.assign(new Error("boom"), { digest: "123" }), request, context, log);
    expect(events()).toEqual([
      expect.objectContaining({
        level: "error",
        event: "server.error",
        requestId: "req-1",
        method: "GET",
        path: "/reviews/x",
        route: "/reviews/[slug]",
        routeType: "render",
        digest: "123",
        err: expect.objectContaining({ message: "boom", stack: expect.stringContaining("at ") }),
      }),
    ]);
  });

  it("leaves the request id out when the request has none, and Next's repeat of it unlogged", () => {
    const { log, events } = capture();
    const error = new Error("once");
    logRequestError(error, { ...request, headers: {} }, context, log);
    consoleEvent("error", [" ⨯", error], log);
    expect(events()).toHaveLength(1);
    expect(events()[0]).not.toHaveProperty("requestId");
  });
});

describe("consoleEvent", () => {
  it("makes Next's decorated lines plain events", () => {
    const { log, events } = capture();
    consoleEvent("log", ["\u001b[32m✓\u001b[39m Ready in 2.8s"], log);
    consoleEvent("info", ["- Local:", "http://localhost:3000"], log);
    expect(events()).toEqual([
      expect.objectContaining({ level: "info", event: "console", message: "Ready in 2.8s" }),
      expect.objectContaining({ level: "info", message: "Local: http://localhost:3000" }),
    ]);
  });

  it("keeps the stack of an error, not of a warning about a visitor's request", () => {
    const { log, events } = capture();
    consoleEvent("error", ["failed to get redirect response", new TypeError("fetch failed")], log);
    consoleEvent("warn", [new Error('Failed to find Server Action "abc".\nRead more: …')], log);
    const [fault, warning] = events();
    expect(fault).toMatchObject({
      level: "error",
      message: "failed to get redirect response",
      err: { type: "TypeError", stack: expect.stringContaining("at ") },
    });
    expect(warning).toEqual({
      level: "warn",
      time: expect.any(String),
      event: "console",
      reason: 'Error: Failed to find Server Action "abc".\nRead more: …',
    });
  });
});
