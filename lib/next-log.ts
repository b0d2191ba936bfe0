import { format } from "node:util";
import { type Logger, log as siteLog, mistake } from "./logger.mjs";

/**
 * Next's own output, made events of the site's log (instrumentation.ts): an error on the server
 * is one line with its stack and the request it broke; anything Next or a library prints with
 * `console` is one line too, its text escaped like any field.
 */

/** The errors onRequestError has logged with their request: Next prints each again after it. */
const REPORTED: WeakSet<object> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("exploring-soundtracks.reported-errors")
] ??= new WeakSet<object>()) as WeakSet<object>;

type RequestInfo = { path: string; method: string; headers: Record<string, unknown> };
type RouteContext = { routePath: string; routeType: string };

const header = (headers: Record<string, unknown>, name: string) => {
  const value = headers[name];
  return typeof value === "string" ? value : undefined;
};

/** instrumentation.ts `onRequestError`: a fault while answering a request, with its stack. */
export function logRequestError(
  error: unknown,
  request: RequestInfo,
  context: RouteContext,
  log: Logger = siteLog,
) {
  if (typeof error === "object" && error !== null) REPORTED.add(error);
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

// Next's own prefixes and colours ("⨯", "⚠", "✓" in red, yellow, green): noise in a field.
const COLOURS = /\u001b\[[\d;]*m/g;
const PREFIX = /^\s*[⨯⚠✓○▲-]\s+/;

type Method = "debug" | "log" | "info" | "warn" | "error";
const LEVELS = { debug: "debug", log: "info", info: "info", warn: "warn", error: "error" } as const;

/**
 * What one console call becomes: an error printed with `console.error` keeps its stack (unless
 * onRequestError has just logged it with its request); a warning is someone's mistake (an
 * unknown action id, an old deployment's form), so it gets the message without the stack.
 */
export function consoleEvent(method: Method, args: unknown[], log: Logger = siteLog) {
  const level = LEVELS[method];
  const error = args.find((arg): arg is Error => arg instanceof Error);
  if (error && REPORTED.has(error)) return;
  const text = args.filter((arg) => arg !== error);
  const message = format(...text)
    .replace(COLOURS, "")
    .replace(PREFIX, "")
    .trim();
  const fields = error && level === "error" ? { err: error } : error ? mistake(error) : {};
  log[level]("console", { ...(message && { message }), ...fields });
}

/** Sends every console call of this server process to the log, once (register()). */
export function routeConsoleToLog(log: Logger = siteLog) {
  for (const method of Object.keys(LEVELS) as Method[]) {
    console[method] = (...args: unknown[]) => consoleEvent(method, args, log);
  }
}
