// Types for lib/console-log.mjs.
import type { Logger } from "./logger.mjs";

export type ConsoleMethod = "debug" | "log" | "info" | "warn" | "error";
export function markLogged(error: unknown): void;
export function consoleEvent(method: ConsoleMethod, args: unknown[], log?: Logger): void;
export function routeConsoleToLog(log?: Logger): void;
