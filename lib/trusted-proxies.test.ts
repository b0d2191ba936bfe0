import { describe, expect, it } from "vitest";
import {
  describeTrust,
  forwardedClient,
  parseTrustedProxies,
  TRUST_NOBODY,
} from "./trusted-proxies.mjs";

const callerOf = (socket: string, forwardedFor: string | undefined, setting?: string) =>
  forwardedClient(socket, forwardedFor, parseTrustedProxies(setting));

describe("with no trusted proxy (the default)", () => {
  it("the socket's address is the caller's, whatever X-Forwarded-For says", () => {
    expect(callerOf("203.0.113.9", "198.51.100.1")).toEqual({
      address: "203.0.113.9",
      viaProxy: false,
    });
    expect(callerOf("::ffff:203.0.113.9", "1.1.1.1, 2.2.2.2").address).toBe("203.0.113.9");
    expect(callerOf("127.0.0.1", undefined).address).toBe("127.0.0.1");
    expect(callerOf("2001:db8::7", "garbage").address).toBe("2001:db8::7");
    expect(forwardedClient(undefined, "198.51.100.1", TRUST_NOBODY).address).toBe("unknown");
  });
});

describe("trusting proxies by address", () => {
  it("believes the entry a trusted proxy appended, and no further than the first untrusted hop", () => {
    // nginx on this machine, appending the address it saw.
    expect(callerOf("127.0.0.1", "198.51.100.1", "loopback")).toEqual({
      address: "198.51.100.1",
      viaProxy: true,
    });
    // The client wrote an entry of its own before nginx's: it is not believed.
    expect(callerOf("127.0.0.1", "6.6.6.6, 198.51.100.1", "loopback").address).toBe("198.51.100.1");
    // A load balancer in 10/8 in front of nginx: both are trusted, the client is the next entry.
    expect(
      callerOf("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.5", "loopback, 10.0.0.0/8"),
    ).toEqual({ address: "198.51.100.1", viaProxy: true });
    // Every hop trusted: the furthest one is the caller.
    expect(callerOf("::1", "10.0.0.9, 10.0.0.5", "loopback,private").address).toBe("10.0.0.9");
  });

  it("ignores the header from a peer it does not trust", () => {
    expect(callerOf("203.0.113.9", "198.51.100.1", "loopback")).toEqual({
      address: "203.0.113.9",
      viaProxy: false,
    });
    expect(callerOf("10.0.0.5", "198.51.100.1", "192.168.0.0/16, ::1").address).toBe("10.0.0.5");
  });

  it("stops at an entry that is not an address, at the proxy that forwarded it", () => {
    expect(callerOf("127.0.0.1", "not-an-ip", "loopback").address).toBe("127.0.0.1");
    expect(callerOf("127.0.0.1", "", "loopback").address).toBe("127.0.0.1");
    expect(callerOf("127.0.0.1", "[2001:db8::5]:4711", "loopback").address).toBe("2001:db8::5");
  });
});

describe("trusting a number of hops", () => {
  it("takes the entry that many hops in front, or the furthest there is", () => {
    expect(callerOf("10.9.9.9", "6.6.6.6, 198.51.100.1", "1")).toEqual({
      address: "198.51.100.1",
      viaProxy: true,
    });
    expect(callerOf("10.9.9.9", "6.6.6.6, 198.51.100.1, 10.0.0.5", "2").address).toBe(
      "198.51.100.1",
    );
    expect(callerOf("10.9.9.9", "198.51.100.1", "3").address).toBe("198.51.100.1");
    expect(callerOf("10.9.9.9", undefined, "1").address).toBe("10.9.9.9");
    expect(callerOf("10.9.9.9", "198.51.100.1", "0")).toEqual({
      address: "10.9.9.9",
      viaProxy: false,
    });
  });
});

describe("parseTrustedProxies", () => {
  it("reads nothing as trusting nobody, and says what it trusts", () => {
    for (const text of [undefined, "", "  ", "0"]) {
      expect(parseTrustedProxies(text), String(text)).toEqual(TRUST_NOBODY);
    }
    expect(describeTrust(parseTrustedProxies(""))).toMatch(/^none/);
    expect(describeTrust(parseTrustedProxies("2"))).toBe("2 proxy hops");
    expect(describeTrust(parseTrustedProxies("loopback, 2001:db8::/32, 10.1.2.3"))).toBe(
      "127.0.0.0/8, ::1, 2001:db8::/32, 10.1.2.3",
    );
  });

  it("names the entry it cannot read", () => {
    expect(() => parseTrustedProxies("loopback, nginx")).toThrow(/“nginx” is not an address/);
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/“10\.0\.0\.0\/40”/);
    expect(() => parseTrustedProxies("loopback,,10.0.0.1")).toThrow(/“”/);
    expect(() => parseTrustedProxies("-1")).toThrow(/“-1”/);
    expect(() => parseTrustedProxies("1000")).toThrow(/hops/);
  });
});
