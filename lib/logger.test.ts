import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LogFormat } from "./log-settings.mjs";
import { createLogger, mistake } from "./logger.mjs";

/** What a visitor can put in a callbackUrl, a name or a report: every way to start a new line. */
const HOSTILE = [
  "/\n2026-01-01T00:00:00.000Z ERROR FAKE admin signed in",
  '\r{"level":"error","event":"forged"}',
  "\u001b[31mred\u001b[0m\u001b[2K\u001b[1A",
  "\u009b31m one-byte CSI",
  "\u2028line separator\u2029paragraph\u0085next line\u000b\u000c",
  "\u202eevil\u202c",
].join(" ");

const RAW_BREAKERS = /[\r\u000b\u000c\u001b\u0085\u009b\u2028\u2029\u202e]/;

function capture(format: LogFormat, file?: string) {
  const lines: string[] = [];
  const log = createLogger({ format, file, write: (line) => lines.push(line) });
  return { log, output: () => lines.join("") };
}

describe.each(["json", "text"] as const)("the %s format", (format) => {
  it("writes one line per event whatever a field holds", () => {
    const { log, output } = capture(format);
    log.warn("auth.refused", { reason: HOSTILE, nested: { url: HOSTILE }, list: [HOSTILE] });
    log.info("second", { ok: true });
    const lines = output().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(output()).not.toMatch(RAW_BREAKERS);
    expect(lines[1]).toContain("second");
  });

  it("keeps an error's stack inside its one line", () => {
    const { log, output } = capture(format);
    const error = new Error(`boom ${HOSTILE}`);
    log.error("server.error", { err: error });
    const text = output();
    expect(text.split("\n")).toHaveLength(2);
    expect(text).toContain("at ");
    expect(text).toContain("logger.test.ts");
  });
});

describe("the JSON format", () => {
  it("is {level, time, event, ...fields}, with the visitor's text kept exactly", () => {
    const { log, output } = capture("json");
    log.warn("auth.refused", { requestId: "abc-123", reason: HOSTILE });
    const line = output().trimEnd();
    expect(line).toMatch(/^\{"level":"warn","time":"[^"]+","event":"auth\.refused",/);
    expect(JSON.parse(line)).toEqual({
      level: "warn",
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      event: "auth.refused",
      requestId: "abc-123",
      reason: HOSTILE,
    });
  });

  it("never lets a field replace the level, the time or the event", () => {
    const { log, output } = capture("json");
    log.info("csp.report", { level: "fatal", time: "yesterday", event: "forged" });
    expect(JSON.parse(output())).toEqual({
      level: "info",
      time: expect.any(String),
      event: "csp.report",
    });
  });

  it("writes an error's type, message and stack", () => {
    const { log, output } = capture("json");
    log.error("server.error", { err: new TypeError("no such thing") });
    const { err } = JSON.parse(output()) as { err: Record<string, string> };
    expect(err.type).toBe("TypeError");
    expect(err.message).toBe("no such thing");
    expect(err.stack).toMatch(/^TypeError: no such thing\n\s+at /);
  });
});

describe("the text format", () => {
  it("reads as time, level, event and key=value pairs", () => {
    const { log, output } = capture("text");
    log.warn("auth.refused", { requestId: "abc-123", reason: 'a "quoted"\nthing', count: 2 });
    expect(output()).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} WARN {2}auth\.refused requestId=abc-123 reason="a \\"quoted\\"\\nthing" count=2\n$/,
    );
  });
});

describe("LOG_FILE", () => {
  it("receives every event as a JSON line, whatever the format on the terminal", () => {
    const file = join(mkdtempSync(join(tmpdir(), "logs-")), "deeper", "site.log");
    const { log } = capture("text", file);
    log.info("first", { reason: HOSTILE });
    log.error("second", { err: new Error("x") });
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(["first", "second"]);
    expect(JSON.parse(lines[0]!).reason).toBe(HOSTILE);
  });
});

describe("mistake", () => {
  it("says what went wrong without a stack", () => {
    const error = Object.assign(new Error("Invalid callback URL. Received: \n"), {
      type: "InvalidCallbackUrl",
    });
    expect(mistake(error)).toEqual({
      reason: "InvalidCallbackUrl: Invalid callback URL. Received: \n",
    });
    expect(mistake("plain")).toEqual({ reason: "plain" });
  });
});
