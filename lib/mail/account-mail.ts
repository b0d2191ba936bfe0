import { env } from "@/lib/env";
import { SITE_NAME } from "@/lib/site";
import type { Mail } from "./send";

type Recipient = { email: string; name: string | null; token: string };

/**
 * An absolute address on the site: a mail is read far from any request. `origin` is where the
 * site's links lead (lib/site-origin.ts: SITE_URL, or locally the address the request came to).
 */
export function siteLink(path: string, origin = env.SITE_URL): string {
  return new URL(path, origin).href;
}

const greeting = (name: string | null) => (name ? `Hello ${name},` : "Hello,");

export function resetPasswordMail({ email, name, token }: Recipient, origin?: string): Mail {
  const link = siteLink(`/reset-password/${token}`, origin);
  return {
    to: email,
    subject: `Choose a new password for ${SITE_NAME}`,
    text: [
      greeting(name),
      "",
      "Someone (we hope you) asked to choose a new password for your account. Open this link to",
      "do it; it works once, within an hour:",
      "",
      link,
      "",
      "If it was not you, ignore this mail: your password stays as it is.",
      "",
      `— ${SITE_NAME}`,
    ].join("\n"),
  };
}

/** `then`: where the reader was going when they signed up, a path on this site. */
export function verifyEmailMail(
  { email, name, token }: Recipient,
  { then = "/", origin }: { then?: string; origin?: string } = {},
): Mail {
  const path = `/verify-email/${token}`;
  const link = siteLink(
    then === "/" ? path : `${path}?callbackUrl=${encodeURIComponent(then)}`,
    origin,
  );
  return {
    to: email,
    subject: `Confirm your email address for ${SITE_NAME}`,
    text: [
      greeting(name),
      "",
      "Open this link to confirm that this address is yours; it works once, within a day:",
      "",
      link,
      "",
      "If you did not create an account, ignore this mail.",
      "",
      `— ${SITE_NAME}`,
    ].join("\n"),
  };
}

/** To an address that has an account, when someone tries to sign up with it. */
export function signUpAttemptMail(
  { email, name }: Omit<Recipient, "token">,
  origin?: string,
): Mail {
  return {
    to: email,
    subject: `Someone tried to sign up to ${SITE_NAME} with your address`,
    text: [
      greeting(name),
      "",
      `Someone (we hope you) tried to create an account on ${SITE_NAME} with this address,`,
      "which already has one. No new account was made, and nothing about yours changed.",
      "",
      "If it was you, sign in here:",
      "",
      siteLink("/sign-in", origin),
      "",
      "Forgotten your password, or never followed the link we mailed when you signed up?",
      "Choose a new password here:",
      "",
      siteLink("/forgot-password", origin),
      "",
      "If it was not you, ignore this mail.",
      "",
      `— ${SITE_NAME}`,
    ].join("\n"),
  };
}
