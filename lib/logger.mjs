// The site's one logger: one line per event, `{level, time, event, requestId?, ...fields}`.
// Plain JavaScript because the cache handler, loaded by Next outside the app's bundle, and the
// start scripts log through it too. pino writes the events; no worker transport (pino-pretty),
// which Next's bundling breaks: the readable format is a plain function of the JSON line.
//
// Nothing a visitor sends can start a line of its own: JSON escapes the C0 controls (newline,
// ESC…) in every string, and what JSON leaves raw but a terminal or a line splitter may still
// act on (DEL, the C1 controls such as the one-byte CSI, the Unicode line and paragraph
// separators, direction overrides) is escaped here, in both formats.
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import pino from "pino";
import { logSettings } from "./log-settings.mjs";

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Every character that could break or disguise a line, as a JSON `\uXXXX` escape. */
export function escapeUnsafe(text) {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const BARE = /^[\w./:@+-]+$/;
const show = (value) =>
  typeof value === "string" && BARE.test(value) ? value : JSON.stringify(value);

function flatten(fields, prefix = "") {
  return Object.entries(fields).flatMap(([key, value]) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? flatten(value, `${prefix}${key}.`)
      : [`${show(`${prefix}${key}`)}=${show(value)}`],
  );
}

/**
 * The readable format of one JSON event: `12:00:00.123 WARN  auth.refused requestId=… reason="…"`,
 * still one line (a stack stays inside its quoted field, its line breaks written as \n).
 */
export function readableLine(json) {
  const { level, time, event, ...fields } = JSON.parse(json);
  const clock = typeof time === "string" ? time.slice(11, 23) : String(time);
  return [clock, String(level).toUpperCase().padEnd(5), show(event), ...flatten(fields)].join(" ");
}

const RESERVED = new Set(["level", "time", "event"]);

/**
 * A logger writing to `write` (standard output by default) and, when `file` is set, appending
 * the same events as JSON lines to it.
 */
export function createLogger({
  format = "json",
  level = "info",
  file,
  write = (line) => process.stdout.write(line),
} = {}) {
  if (file) mkdirSync(dirname(file), { recursive: true });
  const destination = {
    write(raw) {
      const json = escapeUnsafe(raw.trimEnd());
      write(`${format === "text" ? escapeUnsafe(readableLine(json)) : json}\n`);
      if (file) appendFileSync(file, `${json}\n`);
    },
  };
  const logger = pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const at =
    (name) =>
    (event, fields = {}) => {
      const own = Object.fromEntries(Object.entries(fields).filter(([key]) => !RESERVED.has(key)));
      logger[name]({ event, ...own });
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** What a visitor's mistake says, without the stack: the error's kind and message. */
export function mistake(error) {
  if (!(error instanceof Error)) return { reason: String(error).slice(0, 1000) };
  const kind = error.type ?? error.name;
  return { reason: `${kind}: ${error.message}`.slice(0, 1000) };
}

export const log = createLogger(logSettings());
