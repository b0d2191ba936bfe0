import { describe, expect, it } from "vitest";
import { run } from "./testing-reviews-cli";

// npm run mail:digest mails readers: asking it for help, or mistyping, must mail nobody.
const USAGE = "Usage: npm run mail:digest\n";

describe("npm run mail:digest", () => {
  it("answers --help with its usage and sends nothing; refuses what it does not take", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await run("mail-digest", ["--help"], url)).toEqual({
      code: 0,
      stdout: USAGE,
      stderr: "",
    });
    expect(await run("mail-digest", ["--dry-run"], url)).toEqual({
      code: 1,
      stdout: "",
      stderr: `Unknown option --dry-run.\n${USAGE}`,
    });
  }, 60_000);
});
