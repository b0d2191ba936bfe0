import { describe, expect, it } from "vitest";
import { TRUST_NOBODY } from "@/lib/trusted-proxies.mjs";
import { readServerConfig } from "./config.mjs";

describe("readServerConfig", () => {
  it("listens on every interface, port 3000, trusting no proxy, when nothing is set", () => {
    expect(readServerConfig({})).toEqual({ port: 3000, hostname: undefined, trust: TRUST_NOBODY });
    expect(readServerConfig({ PORT: "", HOSTNAME: "", TRUSTED_PROXIES: "" })).toEqual(
      readServerConfig({}),
    );
  });

  it("takes HOSTNAME, PORT and TRUSTED_PROXIES", () => {
    const config = readServerConfig({
      HOSTNAME: "127.0.0.1",
      PORT: "3250",
      TRUSTED_PROXIES: "1",
    });
    expect(config).toEqual({ port: 3250, hostname: "127.0.0.1", trust: { hops: 1 } });
  });

  it("names every value it cannot use", () => {
    expect(() => readServerConfig({ PORT: "http", TRUSTED_PROXIES: "nginx" })).toThrow(
      /PORT: must be a port number from 0 to 65535[\s\S]*TRUSTED_PROXIES: “nginx” is not an address/,
    );
    expect(() => readServerConfig({ PORT: "70000" })).toThrow(/from 0 to 65535/);
  });

  it("refuses a log setting the logger would refuse, before Next loads it", () => {
    expect(() => readServerConfig({ PORT: "http", LOG_LEVEL: "loud" })).toThrow(
      /PORT: must be a port number[\s\S]*LOG_LEVEL must be one of debug, info, warn, error, silent/,
    );
    expect(() => readServerConfig({ LOG_FORMAT: "pretty" })).toThrow(/LOG_FORMAT must be one of/);
  });
});
