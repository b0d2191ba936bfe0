import { spawn } from "node:child_process";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { users } from "./schema";
import { openTestDatabase } from "./testing";

// The scripts run as `npm run` runs them, on this test's database; the rules themselves are
// tried one by one in lib/auth/admin-password.test.ts.
const TSX = new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url).pathname;
const { db } = await openTestDatabase({ seed: false });

type Run = { code: number | null; out: string; err: string };

function run(script: string, args: string[], vars: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, script, ...args], {
      env: { ...process.env, DATABASE_URL: env.DATABASE_URL, ...vars },
    });
    let [out, err] = ["", ""];
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

const makeAdmin = (email: string, password: string) =>
  run("db/promote-admin.ts", ["--email", email, "--password", password, "--name", "Ada"]);

const account = async (email: string) =>
  (await db.select().from(users).where(eq(users.email, email)))[0];

describe("an admin's password", () => {
  it("is refused by npm run user:admin when it is easy to guess, with the reason", async () => {
    const [spaces, common] = await Promise.all([
      makeAdmin("ada@site.test", " ".repeat(12)),
      makeAdmin("ada@site.test", "password1234"),
    ]);
    expect(spaces.code).toBe(2);
    expect(spaces.err).toContain("That password is too easy to guess: it repeats one character.");
    expect(common.code).toBe(2);
    expect(common.err).toContain(
      "That password is too easy to guess: it is a common password with a few changes.",
    );
    for (const { err } of [spaces, common]) {
      expect(err).toContain("Use four or more unrelated words");
      expect(err).toContain("Usage: npm run user:admin");
      expect(err).not.toMatch(/\n\s+at /);
    }
    expect(await account("ada@site.test")).toBeUndefined();
  }, 120_000);

  it("is taken by npm run user:admin when it is hard to guess", async () => {
    const { code, out } = await makeAdmin("ada@site.test", "violet cobalt ferry anthem");
    expect(code).toBe(0);
    expect(out).toContain("ada@site.test is an admin and can sign in with that password.");
    const row = await account("ada@site.test");
    expect(row).toMatchObject({ role: "admin", name: "Ada" });
    expect(await verifyPassword("violet cobalt ferry anthem", row!.passwordHash!)).toBe(true);
  }, 120_000);

  it("stops the start when ADMIN_PASSWORD is easy to guess, and applies nothing", async () => {
    const { code, err } = await run("db/prepare.ts", [], {
      ADMIN_EMAIL: "boss@site.test",
      ADMIN_PASSWORD: "aaaaaaaaaaaa",
    });
    expect(code).toBe(1);
    expect(err).toContain(
      "ADMIN_PASSWORD is refused for boss@site.test: That password is too easy to guess",
    );
    expect(await account("boss@site.test")).toBeUndefined();
  }, 120_000);
});
