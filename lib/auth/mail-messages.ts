// What the mailed-link flows say, kept here because a "use server" file exports only actions.

/** The one answer, whether or not the address has an account, and however often it is asked. */
export const RESET_REQUESTED =
  "If an account uses that address, we have sent it a link to choose a new password. The link works once, within an hour.";

export const RESET_DONE =
  "Your password is changed, and every browser that was signed in to your account is signed out. Sign in with your new password.";

export const DEAD_RESET_LINK =
  "This link has expired or has already been used. Ask for a new one below.";

export const DEAD_VERIFY_LINK = "This link has expired or has already been used.";

export const VERIFIED = "Your email address is confirmed. You can join the discussion now.";

/** What a reader who has not confirmed their address is told when they try to comment. */
export const VERIFY_TO_COMMENT =
  "Confirm your email address to join the discussion: open the link we mailed you when you signed up, or ask for a new one.";

export const VERIFICATION_SENT = "We have sent you a new link. It works once, within a day.";

export const VERIFICATION_RECENT =
  "We sent you a link a moment ago. Look for it in your inbox (and the spam folder), or ask again in a few minutes.";

export const ALREADY_VERIFIED = "Your email address is already confirmed.";

/**
 * The one answer to a sign-up the form accepts, whether the address is new here (a link to
 * finish signing up is on its way) or already has an account (its owner is told someone tried).
 */
export function signUpMailed(email: string): string {
  return `We have sent a mail to ${email}: follow it to finish signing up. Nothing there in a few minutes? Look in your spam folder, or check the address and sign up again.`;
}

/** What the link mailed at sign-up asks for: the password chosen then. */
export const FINISH_SIGN_UP_PASSWORD = "Enter the password you chose when you signed up.";

/** The address is confirmed, but signing in did not follow (locked for a while, say). */
export const SIGNED_UP_SIGN_IN =
  "Your email address is confirmed and your account is ready. Sign in with your password to join the discussion.";
