import { renameSync, writeFileSync } from "node:fs";

/**
 * Moves the site's clock (db/clock.mjs) `offsetMs` ahead of the machine's, through the file that
 * APP_CLOCK_FILE names. Written whole or not at all: a server must never read a half-written file.
 */
export function setClockOffset(file: string, offsetMs: number): void {
  writeFileSync(`${file}.next`, JSON.stringify({ offsetMs }));
  renameSync(`${file}.next`, file);
}

/** Moves the site's clock to `at`. */
export function moveClockTo(file: string, at: Date): void {
  setClockOffset(file, at.getTime() - Date.now());
}
