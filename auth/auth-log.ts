/** What visitors cause (Auth.js's "client errors"): logged in one line; the rest with a stack. */
const VISITOR_ERRORS = new Set([
  "CredentialsSignin",
  "MissingCSRF",
  "OAuthAccountNotLinked",
  "AccessDenied",
  "Verification",
]);

/** Auth.js's errors carry their kind in `type`, and a refused sign-in its reason in `code`. */
type AuthJsError = Error & { type?: string; code?: string };

/** Auth.js's error logger: a refused sign-in or a stale form is an everyday event, not a fault. */
export function logAuthError(error: AuthJsError) {
  if (error.type === "CredentialsSignin") {
    console.warn(`[auth] Sign-in refused: ${error.code ?? "credentials"}`);
  } else if (error.type && VISITOR_ERRORS.has(error.type)) {
    console.warn(`[auth] ${error.type}: ${error.message.split("\n")[0]}`);
  } else {
    console.error("[auth]", error);
  }
}
