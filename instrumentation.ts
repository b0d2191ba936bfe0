import type { Instrumentation } from "next";

/**
 * The server's output is the site's log, one event a line (lib/logger.mjs): from here on, what
 * Next or a library prints with `console` goes through it too. The newsletter's sender runs in the
 * server process from here (jobs/newsletter-loop.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { routeConsoleToLog } = await import("./lib/console-log.mjs");
  routeConsoleToLog();
  const { startNewsletterLoop } = await import("./jobs/newsletter-loop");
  startNewsletterLoop();
}

/** A fault while answering a request: one line with its stack and the request's id and path. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/next-log");
  logRequestError(error, request, context);
};
