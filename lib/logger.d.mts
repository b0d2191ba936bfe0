// Types for lib/logger.mjs, plain JavaScript because the cache handler and the scripts use it too.
export type LogFormat = "json" | "text";
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
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
export type LogSettings = { format: LogFormat; level: LogLevel; file?: string };

export const LOG_FORMATS: readonly LogFormat[];
export const LOG_LEVELS: readonly LogLevel[];
export function escapeUnsafe(text: string): string;
export function readableLine(json: string): string;
export function logSettings(env?: Record<string, string | undefined>, tty?: boolean): LogSettings;
export function createLogger(
  options?: Partial<LogSettings> & { write?: (line: string) => void },
): Logger;
export function mistake(error: unknown): { reason: string };
export const log: Logger;
