import { markLogged } from "./console-log.mjs";
import { type Logger, log as siteLog } from "./logger.mjs";

type RequestInfo = { path: string; method: string; headers: Record<string, unknown> };
type RouteContext = { routePath: string; routeType: string };

const header = (headers: Record<string, unknown>, name: string) => {
  const value = headers[name];
  return typeof value === "string" ? value : undefined;
};

/**
 * instrumentation.ts `onRequestError`: a fault while answering a request, one line with its
 * stack, the request's id and path, and the digest the error page showed.
 */
export function logRequestError(
  error: unknown,
  request: RequestInfo,
  context: RouteContext,
  log: Logger = siteLog,
) {
  markLogged(error); // Next prints it again right after: console-log.mjs leaves that out
  const digest = (error as { digest?: unknown } | null)?.digest;
  log.error("server.error", {
    requestId: header(request.headers, "x-request-id"),
    method: request.method,
    path: request.path,
    route: context.routePath,
    routeType: context.routeType,
    ...(typeof digest === "string" && { digest }),
    err: error,
  });
}
