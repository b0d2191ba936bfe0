// What Next or a library prints with `console`, made events of the site's log (lib/logger.mjs).
// Plain JavaScript so that a server script can route the console before Next starts, as well as
// instrumentation.ts's register() inside Next.
import { format } from "node:util";
import { log as siteLog, mistake } from "./logger.mjs";

/** The errors already logged with their request (onRequestError): Next prints each again after. */
const LOGGED = (globalThis[Symbol.for("exploring-soundtracks.logged-errors")] ??= new WeakSet());

export function markLogged(error) {
  if (typeof error === "object" && error !== null) LOGGED.add(error);
}

// Next's own colours and prefixes ("⨯", "⚠", "✓" in red, yellow, green): noise in a field.
const COLOURS = /\u001b\[[\d;]*m/g;
const PREFIX = /^\s*[⨯⚠✓○▲-]\s+/;
const LEVELS = { debug: "debug", log: "info", info: "info", warn: "warn", error: "error" };

/**
 * What one console call becomes: an error printed with `console.error` keeps its stack (unless
 * it was logged already with its request); a warning is about someone's request (an unknown
 * action id, an old deployment's form), so it gets the message without the stack.
 */
export function consoleEvent(method, args, log = siteLog) {
  const level = LEVELS[method];
  const error = args.find((arg) => arg instanceof Error);
  if (error && LOGGED.has(error)) return;
  const text = args.filter((arg) => arg !== error);
  const message = format(...text)
    .replace(COLOURS, "")
    .replace(PREFIX, "")
    .trim();
  const fields = error && level === "error" ? { err: error } : error ? mistake(error) : {};
  log[level]("console", { ...(message && { message }), ...fields });
}

/** Sends every console call of this process to the log from now on. */
export function routeConsoleToLog(log = siteLog) {
  for (const method of Object.keys(LEVELS)) {
    console[method] = (...args) => consoleEvent(method, args, log);
  }
}
