import { describe, expect, it } from "vitest";
import { openTestDatabase } from "@/db/testing";
import { CSP_REPORT_MAX_BYTES, CSP_REPORTS_PER_ADDRESS } from "@/lib/csp-reports";

await openTestDatabase({ seed: false });
const { POST } = await import("./route");
const { getCspReports } = await import("@/db/queries/csp-reports");

const report = (page = "https://soundtracks.example/") =>
  JSON.stringify({
    "csp-report": {
      "document-uri": page,
      "effective-directive": "img-src",
      "blocked-uri": "http://tracker.example/pixel.gif",
    },
  });

const post = (body: BodyInit, { address = "198.51.100.1", type = "application/csp-report" } = {}) =>
  POST(
    new Request("http://localhost/api/csp-reports", {
      method: "POST",
      headers: { "content-type": type, "x-forwarded-for": address },
      body,
    }),
  );

describe("POST /api/csp-reports", () => {
  it("counts a violation reported again on its row", async () => {
    expect((await post(report())).status).toBe(204);
    expect((await post(report())).status).toBe(204);
    expect((await post(report("https://soundtracks.example/about"))).status).toBe(204);
    expect(await getCspReports()).toEqual([
      expect.objectContaining({ page: "https://soundtracks.example/about", count: 1 }),
      expect.objectContaining({
        directive: "img-src",
        blockedUri: "http://tracker.example/pixel.gif",
        page: "https://soundtracks.example/",
        count: 2,
      }),
    ]);
  });

  it("answers 413 to a body over the limit, even one sent without a length", async () => {
    const big = report().replace("pixel", "x".repeat(CSP_REPORT_MAX_BYTES));
    expect((await post(big, { address: "198.51.100.2" })).status).toBe(413);
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const response = await POST(
      new Request("http://localhost/api/csp-reports", {
        method: "POST",
        headers: { "content-type": "application/csp-report", "x-forwarded-for": "198.51.100.2" },
        body: chunked,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
  });

  it("answers 400 or 415 with a reason to anything that is not a report", async () => {
    const garbage = await post("\u0000not json", { address: "198.51.100.3" });
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toEqual({ error: "The report is not JSON." });
    expect((await post(report(), { address: "198.51.100.3", type: "text/plain" })).status).toBe(
      415,
    );
  });

  it("answers 429 to an address past its share, and only to that address", async () => {
    for (let i = 0; i < CSP_REPORTS_PER_ADDRESS.maxHits; i++) {
      expect((await post(report(), { address: "198.51.100.4" })).status).toBe(204);
    }
    const refused = await post(report(), { address: "198.51.100.4" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post(report(), { address: "198.51.100.5" })).status).toBe(204);
  });
});
