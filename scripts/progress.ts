/**
 * A small progress reporter for command-line scripts, written to stderr.
 *
 * On a terminal it redraws one line in place (at most every `redrawMs`): the run's share done, the
 * phase, a bar, done/total, rate and the time left. Each finished phase leaves one line behind.
 * Anywhere else (CI logs, pipes) it prints one line per finished phase, plus a line every
 * `logEveryMs` while a long phase runs, and never a carriage return.
 */

export type ProgressUpdate = {
  phase: string;
  done: number;
  total: number;
  /** What this phase counts, plural ("steps"); the reporter's unit when left out. */
  unit?: string;
  /** Across the whole run; shown when given. */
  overallDone?: number;
  overallTotal?: number;
};

export type ProgressStream = {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
};

export type ProgressOptions = {
  /** Where to write; process.stderr by default. */
  stream?: ProgressStream;
  /** Redraw in place; by default when the stream is a terminal. */
  tty?: boolean;
  /** Least time between two redraws on a terminal. */
  redrawMs?: number;
  /** Least time between two progress lines of one phase when not on a terminal. */
  logEveryMs?: number;
  /** What is being counted, plural ("rows"). */
  unit?: string;
  barWidth?: number;
  /** Milliseconds; injectable for tests. */
  clock?: () => number;
};

type PhaseState = {
  name: string;
  unit: string;
  total: number;
  done: number;
  startedAt: number;
  finished: boolean;
};

const numberFormat = new Intl.NumberFormat("en-US");

export function formatCount(n: number): string {
  return numberFormat.format(Math.round(n));
}

/** 1234567 -> "1.23M", 81234 -> "81.2k", 950 -> "950". */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return "0";
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)}M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(perSecond >= 1e5 ? 0 : 1)}k`;
  return perSecond >= 10 ? String(Math.round(perSecond)) : perSecond.toFixed(1);
}

/** 4.2 -> "4.2s", 75 -> "1m 15s", 3725 -> "1h 02m". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 10) return `${seconds.toFixed(1)}s`;
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, "0")}s`;
  const minutes = Math.round(whole / 60);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}m`;
}

export function renderBar(fraction: number, width: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const full = Math.floor(clamped * width);
  const partial = clamped * width - full >= 0.5 && full < width ? "▌" : "";
  return "█".repeat(full) + partial + "░".repeat(width - full - partial.length);
}

export class Progress {
  readonly #stream: ProgressStream;
  readonly #tty: boolean;
  readonly #redrawMs: number;
  readonly #logEveryMs: number;
  readonly #unit: string;
  readonly #barWidth: number;
  readonly #clock: () => number;
  readonly #startedAt: number;
  #phase: PhaseState | undefined;
  #overallDone: number | undefined;
  #overallTotal: number | undefined;
  #lastDrawAt = -Infinity;
  #lastLogAt = -Infinity;
  /** A line is on screen without its newline yet (terminal mode). */
  #lineOpen = false;

  constructor(options: ProgressOptions = {}) {
    this.#stream = options.stream ?? process.stderr;
    this.#tty = options.tty ?? Boolean(this.#stream.isTTY);
    this.#redrawMs = options.redrawMs ?? 100;
    this.#logEveryMs = options.logEveryMs ?? 5000;
    this.#unit = options.unit ?? "rows";
    this.#barWidth = options.barWidth ?? 24;
    this.#clock = options.clock ?? (() => performance.now());
    this.#startedAt = this.#clock();
  }

  get isTTY(): boolean {
    return this.#tty;
  }

  /** Seconds since the reporter was made. */
  elapsedSeconds(): number {
    return (this.#clock() - this.#startedAt) / 1000;
  }

  /** Report where a phase stands; a new phase name closes the one before. Cheap to call often. */
  update(update: ProgressUpdate): void {
    const now = this.#clock();
    if (update.overallDone !== undefined) this.#overallDone = update.overallDone;
    if (update.overallTotal !== undefined) this.#overallTotal = update.overallTotal;
    let phase = this.#phase;
    if (!phase || phase.name !== update.phase) {
      if (phase && !phase.finished) this.#finishPhase(phase, now);
      phase = {
        name: update.phase,
        unit: update.unit ?? this.#unit,
        total: update.total,
        done: 0,
        startedAt: now,
        finished: false,
      };
      this.#phase = phase;
      this.#lastLogAt = now;
    }
    if (phase.finished) return;
    phase.total = update.total;
    phase.done = update.done;
    if (phase.done >= phase.total) {
      this.#finishPhase(phase, now);
      return;
    }
    if (this.#tty) {
      if (now - this.#lastDrawAt >= this.#redrawMs) {
        this.#lastDrawAt = now;
        this.#draw(this.#liveLine(phase, now));
      }
    } else if (now - this.#lastLogAt >= this.#logEveryMs) {
      this.#lastLogAt = now;
      this.#stream.write(`${this.#liveLine(phase, now)}\n`);
    }
  }

  /** A message of its own, without mangling the bar on a terminal. */
  log(message: string): void {
    this.#clearLine();
    this.#stream.write(`${message}\n`);
  }

  /** Closes a phase left open and prints the total time. */
  finish(message = "done"): void {
    const now = this.#clock();
    if (this.#phase && !this.#phase.finished) this.#finishPhase(this.#phase, now);
    this.#clearLine();
    this.#stream.write(`${message} in ${formatDuration((now - this.#startedAt) / 1000)}\n`);
  }

  #finishPhase(phase: PhaseState, now: number) {
    phase.finished = true;
    phase.done = Math.max(phase.done, phase.total);
    const seconds = (now - phase.startedAt) / 1000;
    const rate = seconds > 0 ? phase.done / seconds : 0;
    const prefix = this.#overallPrefix(now);
    const counted = `${formatCount(phase.done)} ${phase.unit} in ${formatDuration(seconds)}`;
    const line = this.#tty
      ? `${prefix}${phase.name.padEnd(20)} ${renderBar(1, this.#barWidth)} ${counted}`
      : `${prefix}${phase.name}: ${counted}`;
    // A one-step phase has no rate worth showing.
    const withRate = phase.total > 1 ? `${line} (${formatRate(rate)} ${phase.unit}/s)` : line;
    if (this.#tty) {
      this.#draw(withRate);
      this.#stream.write("\n");
      this.#lineOpen = false;
    } else {
      this.#stream.write(`${withRate}\n`);
    }
  }

  #liveLine(phase: PhaseState, now: number): string {
    const seconds = (now - phase.startedAt) / 1000;
    const rate = seconds > 0 ? phase.done / seconds : 0;
    const left = rate > 0 ? formatDuration((phase.total - phase.done) / rate) : "?";
    const fraction = phase.total > 0 ? phase.done / phase.total : 0;
    const percent = `${Math.floor(fraction * 100)}%`;
    const prefix = this.#overallPrefix(now);
    if (this.#tty) {
      return `${prefix}${phase.name.padEnd(20)} ${renderBar(fraction, this.#barWidth)} ${formatCount(phase.done)}/${formatCount(phase.total)} ${formatRate(rate)}/s ETA ${left}`;
    }
    return `${prefix}${phase.name}: ${formatCount(phase.done)}/${formatCount(phase.total)} ${phase.unit} (${percent}), ${formatRate(rate)} ${phase.unit}/s, about ${left} left`;
  }

  #overallPrefix(now: number): string {
    const total = this.#overallTotal;
    const done = this.#overallDone;
    if (total === undefined || done === undefined || total <= 0) return "";
    const fraction = Math.min(1, done / total);
    const elapsed = (now - this.#startedAt) / 1000;
    // Too early a guess swings wildly, so none before 5% and 3 seconds.
    const left =
      fraction >= 0.05 && fraction < 1 && elapsed >= 3 ? elapsed / fraction - elapsed : 0;
    const percent = String(Math.floor(fraction * 100)).padStart(3);
    return this.#tty
      ? `[${percent}% ${formatDuration(elapsed)}${left > 0 ? ` ~${formatDuration(left)} left` : ""}] `
      : `[${percent}% after ${formatDuration(elapsed)}] `;
  }

  #draw(line: string) {
    const width = this.#stream.columns ?? 0;
    const fitted = width > 1 && line.length >= width ? `${line.slice(0, width - 2)}…` : line;
    this.#stream.write(`\r${fitted}\x1b[K`);
    this.#lineOpen = true;
  }

  #clearLine() {
    if (this.#tty && this.#lineOpen) {
      this.#stream.write("\r\x1b[K");
      this.#lineOpen = false;
    }
  }
}
