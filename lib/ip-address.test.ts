import { describe, expect, it } from "vitest";
import { inRange, normalizeIp, parseIp, parseRange, subscriberNetwork } from "./ip-address.mjs";

describe("normalizeIp", () => {
  it("spells one address one way, however a socket or a proxy wrote it", () => {
    expect(normalizeIp("203.0.113.5")).toBe("203.0.113.5");
    expect(normalizeIp(" 203.0.113.5:8080 ")).toBe("203.0.113.5");
    expect(normalizeIp("::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(normalizeIp("::FFFF:cb00:7105")).toBe("203.0.113.5");
    expect(normalizeIp("2001:0DB8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
    expect(normalizeIp("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeIp("2001:db8:0:0:1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(normalizeIp("::1")).toBe("::1");
    expect(normalizeIp("::")).toBe("::");
    expect(normalizeIp("1:2:3:4:5:6:7:8")).toBe("1:2:3:4:5:6:7:8");
  });

  it("is null for anything that is not an address", () => {
    for (const text of [
      "",
      "unknown",
      "localhost",
      "1.2.3",
      "256.1.1.1",
      "1.2.3.4/8",
      "::g",
      null,
    ]) {
      expect(normalizeIp(text), String(text)).toBeNull();
    }
  });
});

describe("subscriberNetwork", () => {
  it("is the IPv4 address itself, and an IPv6 address's /64", () => {
    expect(subscriberNetwork("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(subscriberNetwork("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(subscriberNetwork("2001:db8:1:2::9")).toBe(subscriberNetwork("2001:db8:1:2:ffff::1"));
    expect(subscriberNetwork("2001:db8:1:3::9")).not.toBe(subscriberNetwork("2001:db8:1:2::9"));
    expect(subscriberNetwork("nonsense")).toBeNull();
  });
});

describe("ranges", () => {
  const within = (address: string, range: string) => inRange(parseIp(address)!, parseRange(range)!);

  it("match the addresses inside them, IPv4 and IPv6, mapped or not", () => {
    expect(within("10.1.2.3", "10.0.0.0/8")).toBe(true);
    expect(within("11.1.2.3", "10.0.0.0/8")).toBe(false);
    expect(within("::ffff:10.1.2.3", "10.0.0.0/8")).toBe(true);
    expect(within("10.1.2.3", "::ffff:10.0.0.0/104")).toBe(true);
    expect(within("172.31.255.255", "172.16.0.0/12")).toBe(true);
    expect(within("172.32.0.0", "172.16.0.0/12")).toBe(false);
    expect(within("2001:db8::1", "2001:db8::/32")).toBe(true);
    expect(within("2001:db9::1", "2001:db8::/32")).toBe(false);
    expect(within("192.0.2.1", "192.0.2.1")).toBe(true);
    expect(within("192.0.2.2", "192.0.2.1")).toBe(false);
    expect(within("10.0.0.1", "::/0")).toBe(false);
    expect(within("10.0.0.1", "0.0.0.0/0")).toBe(true);
  });

  it("are refused when they are not ranges", () => {
    for (const text of [
      "10.0.0.0/33",
      "::/129",
      "10.0.0.0/8/8",
      "10.0.0.0/x",
      "eth0",
      "",
      "10.0.0.0/",
    ]) {
      expect(parseRange(text), text).toBeNull();
    }
  });
});
