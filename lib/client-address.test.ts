import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the last X-Forwarded-For entry, the one the nearest hop added", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.5 " }))).toBe(
      "203.0.113.5",
    );
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
