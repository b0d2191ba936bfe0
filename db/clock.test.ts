import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { setClockOffset } from "@/lib/testing/clock-file";

const DAY = 86_400_000;
const file = join(mkdtempSync(join(tmpdir(), "clock-")), "clock.json");
vi.stubEnv("APP_CLOCK_FILE", file);
afterAll(() => vi.unstubAllEnvs());

const setOffset = (offsetMs: number) => setClockOffset(file, offsetMs);

/** A copy of the module of its own, as the cache handler and the app's bundle each hold one. */
async function freshClock() {
  vi.resetModules();
  return import("./clock.mjs");
}

const daysAhead = (ms: number) => Math.round((ms - Date.now()) / DAY);

describe("the site's clock", () => {
  it("runs on the machine's time until a test moves it", async () => {
    const clock = await freshClock();
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1000);
    setOffset(3 * DAY);
    expect(daysAhead(clock.now().getTime())).toBe(3);
  });

  it("moves for every copy of the module at the same moment", async () => {
    const handler = await freshClock();
    const app = await freshClock();
    setOffset(1 * DAY);
    expect([daysAhead(handler.nowMs()), daysAhead(app.nowMs())]).toEqual([1, 1]);
    setOffset(2 * DAY);
    expect([daysAhead(app.nowMs()), daysAhead(handler.nowMs())]).toEqual([2, 2]);
  });

  it("keeps the time last read from a file caught half-written", async () => {
    const clock = await freshClock();
    setOffset(5 * DAY);
    expect(daysAhead(clock.nowMs())).toBe(5);
    writeFileSync(file, '{"offsetMs": 86');
    expect(daysAhead(clock.nowMs())).toBe(5);
  });
});
