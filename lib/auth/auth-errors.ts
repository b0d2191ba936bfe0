/** Messages for the error codes Auth.js puts in the sign-in page's URL after an OAuth round trip. */
export function authErrorMessage(code: unknown): string | undefined {
  if (typeof code !== "string" || code === "") return undefined;
  if (code === "OAuthAccountNotLinked") {
    return "That email already has an account here. Sign in with your password instead.";
  }
  if (code === "AccessDenied") return "That account can’t sign in here.";
  return "Signing in didn’t work. Please try again.";
}
