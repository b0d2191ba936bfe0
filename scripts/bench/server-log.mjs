// What the servers said during the run (servers.mjs keeps their lines): SQLITE_BUSY, errors and
// 5xx answers, and the queries sqld found heavy.
import { tally } from "./report.mjs";
import { serverLog } from "./servers.mjs";

const isBusy = (line) => /SQLITE_BUSY|database is locked/i.test(line);

// The watchdog speaks only when sqld stopped giving out its write lock (scripts/sqld-watchdog.mjs).
const isError = ({ source, line }) =>
  source === "watchdog" ||
  (!isBusy(line) &&
    !(source === "sqld" && / INFO /.test(line)) &&
    /\b5\d\d\b|error|failed|exception|unhandled/i.test(line));

/** sqld logs every query that reads or writes many rows: "high read (494899) or write (0) query: …" */
function heavyQueries() {
  const heavy = new Map();
  for (const { line } of serverLog) {
    const match = /high read \((\d+)\) or write \((\d+)\) query: (.*)$/.exec(line);
    if (!match) continue;
    const [, read, written, sql] = match;
    const known = heavy.get(sql) ?? { read: 0, written: 0, times: 0 };
    heavy.set(sql, {
      read: Math.max(known.read, Number(read)),
      written: Math.max(known.written, Number(written)),
      times: known.times + 1,
    });
  }
  return [...heavy]
    .sort(([, a], [, b]) => b.read + b.written - a.read - a.written)
    .map(([sql, q]) => ({ sql, ...q }));
}

/**
 * The server output lines that mention SQLITE_BUSY, and other lines that look like errors or 5xx
 * answers: each distinct line once ("12 × …"), without the instance's name.
 */
export function scanServerLog() {
  const busy = serverLog.filter(({ line }) => isBusy(line));
  const errors = serverLog.filter(isError);
  const distinct = (entries) => tally(entries.map(({ line }) => line.trim()));
  return {
    lines: serverLog.length,
    busyLines: busy.length,
    errorLines: errors.length,
    busy: distinct(busy),
    errors: distinct(errors),
    heavyQueries: heavyQueries(),
  };
}
