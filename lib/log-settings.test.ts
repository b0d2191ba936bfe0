import { describe, expect, it } from "vitest";
import { logSettings } from "./log-settings.mjs";

describe("logSettings", () => {
  it("is JSON in production or off a terminal, readable in a local terminal", () => {
    expect(logSettings({ APP_ENV: "production" }, true).format).toBe("json");
    expect(logSettings({}, false).format).toBe("json");
    expect(logSettings({}, true)).toEqual({ format: "text", level: "info", file: undefined });
    expect(logSettings({ LOG_FORMAT: "json", LOG_LEVEL: "warn", LOG_FILE: "x.log" }, true)).toEqual(
      { format: "json", level: "warn", file: "x.log" },
    );
  });

  it("names a wrong setting", () => {
    expect(() => logSettings({ LOG_FORMAT: "pretty" }, true)).toThrow(
      'LOG_FORMAT must be one of json, text; it is "pretty"',
    );
    expect(() => logSettings({ LOG_LEVEL: "loud" }, true)).toThrow(
      /LOG_LEVEL must be one of debug, info, warn, error, silent/,
    );
  });
});
