import { z } from "zod";
import { NAME_RULES, nameProblem, normaliseName } from "./display-name";
import { EMAIL_MAX_LENGTH } from "@/lib/email-length";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-length";

const RESERVED_HANDLES = new Set([
  "admin",
  "administrator",
  "moderator",
  "editor",
  "me",
  "new",
  "settings",
  "support",
]);

const HANDLE_LENGTH = "Usernames are 3 to 30 characters.";

// Each length check stops the rest: an empty username is told one thing, not that it is also
// made of the wrong characters.
export const handleSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "Choose a username.", abort: true })
  .min(3, { error: HANDLE_LENGTH, abort: true })
  .max(30, { error: HANDLE_LENGTH, abort: true })
  .regex(/^[a-z0-9_]+$/, "Use letters, digits and underscores only.")
  .refine((h) => !RESERVED_HANDLES.has(h), "That username is reserved. Try another.");

/**
 * A display name, stored in NFC: control characters (NUL among them), direction overrides and
 * invisible characters are refused with a message each. Whether it passes for an editor's name
 * is asked of the database by the actions (see imitatesName).
 */
export const nameSchema = z
  .string()
  .overwrite(normaliseName)
  .min(1, { error: NAME_RULES.empty, abort: true })
  .max(NAME_RULES.maxLength, { error: NAME_RULES.tooLong, abort: true })
  .superRefine((name, context) => {
    const problem = nameProblem(name);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

/** An address given anew (signing up, a new address, the newsletter): kept in lower case. */
export const newEmailSchema = z
  .email("Enter an email address like name@example.com.")
  .max(EMAIL_MAX_LENGTH)
  .toLowerCase();

/** The address an account already has, as its owner types it to sign in or reset. */
export const accountEmailSchema = z
  .email("Enter the email address you signed up with.")
  .max(EMAIL_MAX_LENGTH);

export const signUpSchema = z.object({
  name: nameSchema,
  handle: handleSchema,
  email: newEmailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: accountEmailSchema,
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH),
});

/** A handle for an account that arrived without one (OAuth): from the name or email, ASCII only. */
export function handleBase(nameOrEmail: string): string {
  const base = nameOrEmail
    .split("@")[0]!
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 24);
  return base.length >= 3 && !RESERVED_HANDLES.has(base) ? base : `reader_${base}`.slice(0, 24);
}
