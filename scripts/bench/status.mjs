// The benchmark's progress on stderr: on a terminal one line redrawn in place while a step runs,
// and one line left behind per finished step; elsewhere (CI logs, pipes) only the finished steps.

const out = process.stderr;
const tty = Boolean(out.isTTY);
let open = false;
let lastDraw = 0;

function clear() {
  if (open) out.write("\r\x1b[K");
  open = false;
}

/** The live line of a running step (terminal only, at most ten redraws a second). */
export function progress(text) {
  if (!tty || Date.now() - lastDraw < 100) return;
  lastDraw = Date.now();
  const width = out.columns ?? 0;
  const fitted = width > 1 && text.length >= width ? `${text.slice(0, width - 2)}…` : text;
  out.write(`\r${fitted}\x1b[K`);
  open = true;
}

/** A line that stays: a finished step, a warning, a note. */
export function note(text) {
  clear();
  out.write(`${text}\n`);
}

/** Seconds with one decimal: "12.3 s". */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** A failure the benchmark expects and explains in a line or two: no stack trace. */
export class BenchError extends Error {
  /** @param {string} message @param {string[]} [details] lines shown under it (a build's last output) */
  constructor(message, details = []) {
    super(message);
    this.details = details;
  }
}

/** A failure as the benchmark reports it: a BenchError in its own words, anything else in full. */
export function noteFailure(error) {
  if (error instanceof BenchError) {
    note(`✗ ${error.message}`);
    for (const line of error.details) note(`    ${line}`);
  } else {
    note(
      `✗ The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
    );
  }
}
