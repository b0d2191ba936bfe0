// Which log the environment asks for (LOG_FORMAT, LOG_LEVEL, LOG_FILE), apart from the logger
// itself (lib/logger.mjs), which builds its logger as it loads: the site's server checks these
// settings with its own (server/config.mjs) before anything would fail on them.

export const LOG_FORMATS = ["json", "text"];
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"];

function choose(name, value, allowed, fallback) {
  if (value === undefined || value === "") return fallback;
  if (allowed.includes(value)) return value;
  throw new Error(`${name} must be one of ${allowed.join(", ")}; it is "${value}"`);
}

/**
 * The settings the environment asks for: JSON lines in production or when the output is not a
 * terminal (a file, a pipe, a log collector), the readable format in a local terminal;
 * LOG_FORMAT and LOG_LEVEL override, and LOG_FILE also appends every event there as JSON.
 */
export function logSettings(env = process.env, tty = Boolean(process.stdout.isTTY)) {
  const local = tty && env.APP_ENV !== "production";
  return {
    format: choose("LOG_FORMAT", env.LOG_FORMAT, LOG_FORMATS, local ? "text" : "json"),
    level: choose("LOG_LEVEL", env.LOG_LEVEL, LOG_LEVELS, "info"),
    file: env.LOG_FILE || undefined,
  };
}
