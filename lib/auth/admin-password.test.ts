import { describe, expect, it } from "vitest";
import { adminPasswordProblem } from "./admin-password";
import { MAX_PASSWORD_LENGTH } from "./password-length";

const account = { email: "ada@site.test", name: "Ada Quill" };
const problem = (password: string) => adminPasswordProblem(password, account);

describe("an admin's password", () => {
  it("is refused when it is short, or easy to guess, saying what makes it so", () => {
    const refused: [string, string][] = [
      ["short one", "An admin's password needs at least 12 characters."],
      ["x".repeat(MAX_PASSWORD_LENGTH + 1), `Use at most ${MAX_PASSWORD_LENGTH} characters.`],
      [" ".repeat(12), "it repeats one character"],
      ["aaaaaaaaaaaa", "it repeats one character"],
      ["abcabcabcabc", "it repeats a group of characters"],
      ["password1234", "it is a common password with a few changes"],
      ["Password1234!", "it is a common password with a few changes"],
      ["qwertyuiop[]", "it is a row of keys on the keyboard"],
      ["Summer2024!!", "it follows a pattern that is quick to guess"],
      ["ada@site.test2024", "it holds the account's email, its name or the site's name"],
      ["AdaQuill12345", "it holds the account's email, its name or the site's name"],
      ["exploringsoundtracks", "it holds the account's email, its name or the site's name"],
    ];
    for (const [password, reason] of refused) {
      expect({ password, problem: problem(password) }).toEqual({
        password,
        problem: expect.stringContaining(reason),
      });
    }
  });

  it("is taken when it is long and hard to guess", () => {
    for (const password of [
      "violet cobalt ferry anthem",
      "Tr0ub4dor&3xyz",
      "k7#Vp9!xQ2mLw",
      "demo-admin-password",
    ]) {
      expect({ password, problem: problem(password) }).toEqual({ password, problem: null });
    }
  });
});
