import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { passwordSchema } from "./account-rules";
import { ADMIN_MIN_PASSWORD_LENGTH } from "./password-length";

/**
 * An admin's password, for the command line (npm run user:admin) and ADMIN_PASSWORD on start:
 * sign-up's rules, at least ADMIN_MIN_PASSWORD_LENGTH characters, and hard to guess as zxcvbn-ts
 * estimates it, against its list of the most common passwords, keyboard patterns, repeats,
 * sequences and dates, and the account's own email and name. Only those scripts load it: the
 * lists (about 2 MB) never reach the site's server bundle, let alone the browser.
 */

/** zxcvbn's score from 0 to 4: 4 is "very unguessable", more than 10^10 guesses. */
export const ADMIN_MIN_SCORE = 4;

/** What zxcvbn found the password to be, by its warning's key. */
const FOUND: Record<string, string> = {
  straightRow: "it is a row of keys on the keyboard",
  keyPattern: "it is a short keyboard pattern",
  simpleRepeat: "it repeats one character",
  extendedRepeat: "it repeats a group of characters",
  sequences: "it is a sequence such as abc or 4321",
  recentYears: "it is built on a recent year",
  dates: "it is built on a date",
  topTen: "it is one of the ten most common passwords",
  topHundred: "it is one of the hundred most common passwords",
  common: "it is one of the most common passwords",
  similarToCommon: "it is a common password with a few changes",
  wordByItself: "it is a single word",
  namesByThemselves: "it is a name",
  commonNames: "it is a common name",
  userInputs: "it holds the account's email, its name or the site's name",
};

const SITE_WORDS = ["exploring", "soundtracks", "exploringsoundtracks", "admin", "editor"];

let estimator: ZxcvbnFactory | undefined;

/** Why this password will not do for an admin, as a sentence to print, or null when it will. */
export function adminPasswordProblem(
  password: string,
  account: { email: string; name?: string },
): string | null {
  if (password.length < ADMIN_MIN_PASSWORD_LENGTH) {
    return `An admin's password needs at least ${ADMIN_MIN_PASSWORD_LENGTH} characters.`;
  }
  const signUp = passwordSchema.safeParse(password);
  if (!signUp.success) return signUp.error.issues[0]!.message;
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const name = account.name ?? "";
  const own = [account.email, account.email.split("@")[0]!, name, name.replace(/\s+/g, "")];
  const { score, feedback } = estimator.check(password, [...own.filter(Boolean), ...SITE_WORDS]);
  if (score >= ADMIN_MIN_SCORE) return null;
  const found = FOUND[feedback.warning ?? ""] ?? "it follows a pattern that is quick to guess";
  return (
    `That password is too easy to guess: ${found}. Use four or more unrelated words, ` +
    "or a long random password from a password manager."
  );
}
