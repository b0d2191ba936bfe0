import { describe, expect, it } from "vitest";
import { handleBase, handleSchema, signUpSchema } from "./account-rules";

describe("account rules", () => {
  it("accepts and lower-cases a good username", () => {
    expect(handleSchema.parse("  Score_Fan42 ")).toBe("score_fan42");
  });

  it.each(["ab", "has space", "émile", "admin", "x".repeat(31)])("refuses the username %j", (h) => {
    expect(handleSchema.safeParse(h).success).toBe(false);
  });

  it("tells an empty or short username one thing, not also that its characters are wrong", () => {
    const messages = (h: string) => handleSchema.safeParse(h).error?.issues.map((i) => i.message);
    expect(messages("")).toEqual(["Choose a username."]);
    expect(messages("  ")).toEqual(["Choose a username."]);
    expect(messages("a!")).toEqual(["Usernames are 3 to 30 characters."]);
    expect(messages("has space")).toEqual(["Use letters, digits and underscores only."]);
  });

  it("requires a password of at least 10 characters", () => {
    const result = signUpSchema.safeParse({
      name: "A",
      handle: "abc",
      email: "a@b.co",
      password: "short",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Use at least 10 characters.");
  });

  it("derives a handle from a name or an email", () => {
    expect(handleBase("Amélie Poulain")).toBe("amelie_poulain");
    expect(handleBase("jo@example.com")).toBe("reader_jo");
    expect(handleBase("admin")).toBe("reader_admin");
  });
});
