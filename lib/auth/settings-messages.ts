/** What the settings page says, shared by its actions, its forms and their tests. */
export const SETTINGS_MESSAGES = {
  invalid: "Check the highlighted fields.",
  passwordMissing: "Enter your current password.",
  wrongPassword: "That isn’t your current password.",
  noPassword:
    "Your account signs in with GitHub or Google and has no password, so this can’t be changed here.",
  emailTaken: "Another account uses this email.",
  linkSent: "We sent a link there to confirm it.",
  // The mail limit (lib/auth/mail-tokens.ts) held the link back: say so, never "we sent".
  linkHeld:
    "We sent no link to confirm it, because we have just mailed you as many links as we send in a short while: ask for a new one below in a few minutes.",
  emailConfirmed: "This address is confirmed.",
  emailUnconfirmed:
    "This address is not confirmed yet: open the link we mailed to it, or ask for a new one.",
  passwordChanged:
    "Your password is changed. Every other browser signed in to your account is signed out.",
  signedOut: "Your session has ended. Sign in again.",
  signedOutEverywhere: "You are signed out everywhere, this browser included.",
  adminNotDeleted: "An editor’s account can’t be deleted here. Ask another editor.",
  notDeleted: "Your account could not be deleted. Please try again.",
  deleted: "Your account is deleted.",
} as const;
