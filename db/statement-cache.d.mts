// Types for db/statement-cache.mjs.
import type { Client, Config } from "@libsql/client";

/** Statements kept a connection, the least recently used dropped first. */
export const MAX_STATEMENTS: number;
/** Runs `open`; a connection that prepares its first statement meanwhile keeps its statements. */
export function keepingStatements<T>(open: () => T): T;
/** createClient for a local file whose connection keeps its statements (give it concurrency 1). */
export function createLocalClient(config: Config): Client;
/** How many statements a connection keeps (for the tests). */
export function keptStatements(connection: object): number;
