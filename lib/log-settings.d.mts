// Types for lib/log-settings.mjs, plain JavaScript because the site's server checks it first.
export type LogFormat = "json" | "text";
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LogSettings = { format: LogFormat; level: LogLevel; file?: string };

export const LOG_FORMATS: readonly LogFormat[];
export const LOG_LEVELS: readonly LogLevel[];
export function logSettings(env?: Record<string, string | undefined>, tty?: boolean): LogSettings;
