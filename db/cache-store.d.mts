// Types for db/cache-store.mjs, plain JavaScript because the cache handler uses it too.
import type { Client } from "@libsql/client";

export function expireTags(client: Client, tags: string[], at: number): Promise<void>;
export function coalesceExpiries(
  write: (entries: [string, number][]) => Promise<unknown>,
): (tags: string[], at: number) => Promise<unknown>;
export type TagStore = {
  expire(tags: string[], at: number): Promise<unknown>;
  expiries(tags: string[]): Promise<Map<string, number>>;
  wentLive(now: number): Promise<number>;
  close(): void;
};
export function openTagStore(options: { url: string; authToken?: string }): TagStore;
