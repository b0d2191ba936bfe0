import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const from = (forwardedFor?: string) =>
  clientAddress(new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }));

describe("clientAddress", () => {
  it("is the address the site's server settled on, in one spelling", () => {
    expect(from("203.0.113.5")).toBe("203.0.113.5");
    expect(from("::ffff:203.0.113.5")).toBe("203.0.113.5");
  });

  it("counts an IPv6 caller by its /64, so moving within it changes nothing", () => {
    expect(from("2001:db8:5:6::1")).toBe("2001:db8:5:6::/64");
    expect(from("2001:db8:5:6:dead:beef:0:1")).toBe("2001:db8:5:6::/64");
  });

  it("puts what no server of ours wrote into one shared count", () => {
    expect(from("10.0.0.1, 203.0.113.5")).toBe("unknown");
    expect(from("a fresh value")).toBe("unknown");
    expect(from()).toBe("unknown");
  });
});
