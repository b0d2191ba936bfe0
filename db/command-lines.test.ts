import { describe, expect, it } from "vitest";
import { run } from "./testing-reviews-cli";

// What a command says to a line it cannot take, before it touches anything.
const url = process.env.DATABASE_URL!;

describe("npm run mail:digest", () => {
  // It mails readers: asking it for help, or mistyping, must mail nobody.
  const usage = "Usage: npm run mail:digest\n";

  it("answers --help with its usage and sends nothing; refuses what it does not take", async () => {
    expect(await run("mail-digest", ["--help"], url)).toEqual({
      code: 0,
      stdout: usage,
      stderr: "",
    });
    expect(await run("mail-digest", ["--dry-run"], url)).toEqual({
      code: 1,
      stdout: "",
      stderr: `Unknown option --dry-run.\n${usage}`,
    });
  }, 60_000);
});

describe("npm run db:restore", () => {
  const usage = "Usage: npm run db:restore -- <backup.db>\n";

  it("asks for the one backup file to restore", async () => {
    expect(await run("db-restore", [], url)).toEqual({
      code: 1,
      stdout: "",
      stderr: `✗ Give the backup file to restore.\n${usage}`,
    });
    expect(await run("db-restore", ["a.db", "b.db"], url)).toEqual({
      code: 1,
      stdout: "",
      stderr: `✗ Give one backup file to restore.\n${usage}`,
    });
  }, 60_000);
});
