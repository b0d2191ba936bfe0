import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema";

export type Database = LibSQLDatabase<typeof schema>;

type Connection = { client: Client; db: Database };

/**
 * Local file URLs get their folder created and the pragmas WAL mode needs for concurrent readers.
 * The embedded client runs statements in the order they are issued, so the pragmas need no await.
 */
export function connect(url: string, authToken?: string): Connection {
  const isFile = url.startsWith("file:");
  if (isFile) {
    const path = url.slice("file:".length).split("?")[0] ?? "";
    if (path && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient({ url, authToken, timeout: 5000 });
  if (isFile) {
    for (const pragma of ["journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"]) {
      client.execute(`PRAGMA ${pragma}`).catch((error: unknown) => {
        console.error(`PRAGMA ${pragma} failed on ${url}:`, error);
      });
    }
  }
  return { client, db: drizzle(client, { schema }) };
}
