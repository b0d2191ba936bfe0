// Types for db/primary-streams.mjs.
import type { Client } from "@libsql/client";

/** What an instance asks of its primary: @libsql/client's calls it uses. */
export type PrimaryClient = Pick<Client, "execute" | "batch" | "reconnect" | "close" | "closed">;

export function openStreams(options: { url: string; authToken?: string }): PrimaryClient;
