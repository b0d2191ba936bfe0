// Types for lib/logger.mjs, plain JavaScript because the cache handler and the scripts use it too.
import type { LogLevel, LogSettings } from "./log-settings.mjs";

export type LogFields = Record<string, unknown> & {
  /** The x-request-id of the request the event belongs to, when there is one. */
  requestId?: string;
  /** A fault on the server: logged with its stack. */
  err?: unknown;
};
export type Logger = Record<
  Exclude<LogLevel, "silent">,
  (event: string, fields?: LogFields) => void
>;
export function escapeUnsafe(text: string): string;
export function readableLine(json: string): string;
export function createLogger(
  options?: Partial<LogSettings> & { write?: (line: string) => void },
): Logger;
export function mistake(error: unknown): { reason: string };
export const log: Logger;
