import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";

await openTestDatabase({ seed: false });
const { getDatabaseHealth } = await import("./health");

describe("the health of an instance on the embedded file", () => {
  it("is a database that answers, with no replica to lag behind", async () => {
    const health = await getDatabaseHealth();
    expect(health).toMatchObject({ reachable: true, replica: null });
    expect(health.ms).toBeGreaterThanOrEqual(0);
  });
});
