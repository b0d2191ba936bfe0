import { type Logger, log as siteLog, mistake } from "@/lib/logger.mjs";
import { requestId } from "@/lib/request-log";

/**
 * What visitors cause: Auth.js's "client errors", plus a callbackUrl or an address it cannot use,
 * a stale OAuth check and a session cookie it cannot read. Logged in one line without a stack;
 * anything else is a fault, logged with its stack.
 */
const VISITOR_ERRORS = new Set([
  "CredentialsSignin",
  "MissingCSRF",
  "OAuthAccountNotLinked",
  "OAuthCallbackError",
  "AccountNotLinked",
  "AccessDenied",
  "Verification",
  "InvalidCallbackUrl",
  "UnknownAction",
  "InvalidCheck",
  "JWTSessionError",
]);

/** Auth.js's errors carry their kind in `type`, and a refused sign-in its reason in `code`. */
type AuthJsError = Error & { type?: string; code?: string };

/** Auth.js's error logger: a refused sign-in or a stale form is an everyday event, not a fault. */
export async function logAuthError(error: AuthJsError, log: Logger = siteLog) {
  const id = await requestId();
  if (error.type === "CredentialsSignin") {
    log.warn("auth.refused", {
      requestId: id,
      reason: `Sign-in refused: ${error.code ?? "credentials"}`,
    });
  } else if (error.type && VISITOR_ERRORS.has(error.type)) {
    log.warn("auth.refused", { requestId: id, ...mistake(error) });
  } else {
    log.error("auth.error", { requestId: id, err: error });
  }
}

/** Auth.js's warnings name a setting to look at ("debug-enabled"). */
export function logAuthWarning(code: string, log: Logger = siteLog) {
  log.warn("auth.warning", { code });
}
