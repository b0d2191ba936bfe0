// Types for db/cache-store.mjs, plain JavaScript because the cache handler uses it too.
import type { Client } from "@libsql/client";

export function expireTags(client: Client, tags: string[], at: number): Promise<void>;
export type TagStore = {
  expire(tags: string[], at: number): Promise<void>;
  expiries(tags: string[]): Promise<Map<string, number>>;
  wentLive(now: number): Promise<number>;
  close(): void;
};
export function openTagStore(options: { url: string; authToken?: string }): TagStore;
