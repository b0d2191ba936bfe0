import { afterEach, describe, expect, it, vi } from "vitest";

async function providersWith(vars: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return (await import("./providers")).enabledOAuthProviders.map((p) => p.id);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("OAuth providers", () => {
  it("are off when their variables are unset", async () => {
    expect(await providersWith({ AUTH_GITHUB_ID: "", AUTH_GOOGLE_ID: "" })).toEqual([]);
  });

  it("switch on one by one when their id and secret are set", async () => {
    expect(
      await providersWith({ AUTH_GITHUB_ID: "gh-id", AUTH_GITHUB_SECRET: "gh-secret" }),
    ).toEqual(["github"]);
    expect(
      await providersWith({
        AUTH_GITHUB_ID: "gh-id",
        AUTH_GITHUB_SECRET: "gh-secret",
        AUTH_GOOGLE_ID: "g-id",
        AUTH_GOOGLE_SECRET: "g-secret",
      }),
    ).toEqual(["github", "google"]);
  });

  it("stay off with an id but no secret", async () => {
    expect(await providersWith({ AUTH_GOOGLE_ID: "g-id", AUTH_GOOGLE_SECRET: "" })).toEqual([]);
  });
});
