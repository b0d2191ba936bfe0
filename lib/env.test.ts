import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SYNC_INTERVAL, MIN_SYNC_INTERVAL } from "./database-url";

async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return (await import("./env")).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("env", () => {
  it("refuses to start in production without AUTH_SECRET", async () => {
    await expect(loadEnv({ APP_ENV: "production", AUTH_SECRET: "" })).rejects.toThrow(
      /AUTH_SECRET is required when APP_ENV=production/,
    );
  });

  it("accepts production with a long enough secret and the site's address", async () => {
    const env = await loadEnv({
      APP_ENV: "production",
      AUTH_SECRET: "s".repeat(40),
      SITE_URL: "https://soundtracks.example",
    });
    expect(env.AUTH_SECRET).toBe("s".repeat(40));
    expect(env.SITE_URL).toBe("https://soundtracks.example");
  });

  it("refuses production without SITE_URL, which mail links are built from", async () => {
    await expect(
      loadEnv({ APP_ENV: "production", AUTH_SECRET: "s".repeat(40), SITE_URL: "" }),
    ).rejects.toThrow(/SITE_URL is required when APP_ENV=production/);
    const local = await loadEnv({ APP_ENV: "local", SITE_URL: "" });
    expect(local.SITE_URL).toBe("http://localhost:3000");
  });

  it("explains a malformed database URL", async () => {
    await expect(loadEnv({ DATABASE_URL: "postgres://nope" })).rejects.toThrow(
      /DATABASE_URL must start with/,
    );
  });

  it("reads an embedded replica's settings, and explains bad ones", async () => {
    expect((await loadEnv({})).DATABASE_SYNC_INTERVAL).toBe(DEFAULT_SYNC_INTERVAL);
    const replica = await loadEnv({
      DATABASE_URL: "file:data/replica.db",
      DATABASE_SYNC_URL: "http://127.0.0.1:8080",
      DATABASE_SYNC_INTERVAL: "2",
    });
    expect(replica).toMatchObject({ DATABASE_SYNC_URL: "http://127.0.0.1:8080" });
    expect(replica.DATABASE_SYNC_INTERVAL).toBe(2);
    await expect(
      loadEnv({
        DATABASE_URL: "http://127.0.0.1:8080",
        DATABASE_SYNC_URL: "http://127.0.0.1:8081",
      }),
    ).rejects.toThrow(/DATABASE_URL must be the replica's local file/);
    vi.unstubAllEnvs();
    await expect(loadEnv({ DATABASE_SYNC_URL: "file:primary.db" })).rejects.toThrow(
      /DATABASE_SYNC_URL must be the primary's URL/,
    );
    await expect(loadEnv({ DATABASE_SYNC_INTERVAL: "soon" })).rejects.toThrow(
      /DATABASE_SYNC_INTERVAL must be a number of seconds/,
    );
    await expect(loadEnv({ DATABASE_SYNC_INTERVAL: "0" })).rejects.toThrow(
      new RegExp(`DATABASE_SYNC_INTERVAL must be at least ${MIN_SYNC_INTERVAL} s`),
    );
  });

  it("reads the mail settings, and explains a malformed SMTP_URL or a user without a password", async () => {
    expect(await loadEnv({ SMTP_HOST: "mail.example", SMTP_PORT: "2525" })).toMatchObject({
      SMTP_HOST: "mail.example",
      SMTP_PORT: 2525,
      MAIL_OUTBOX_DIR: "data/outbox",
    });
    await expect(loadEnv({ SMTP_URL: "mail.example" })).rejects.toThrow(/SMTP_URL must look like/);
    await expect(loadEnv({ SMTP_HOST: "mail.example", SMTP_USER: "me" })).rejects.toThrow(
      /SMTP_USER and SMTP_PASS go together/,
    );
  });

  it("wants ADMIN_EMAIL and ADMIN_PASSWORD together", async () => {
    await expect(loadEnv({ ADMIN_EMAIL: "boss@example.com", ADMIN_PASSWORD: "" })).rejects.toThrow(
      /set both or neither/,
    );
  });
});
