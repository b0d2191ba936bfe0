// Types for db/replica.mjs, plain JavaScript because the cache handler uses it too.
export const PRIMARY_UNREACHABLE: string;
export class PrimaryUnreachableError extends Error {
  code: "PRIMARY_UNREACHABLE";
  constructor(cause: unknown);
}
export function isPrimaryUnreachable(error: unknown): boolean;
export const PRIMARY_DEADLINE_MS: number;
export const WRITE_DEADLINE_MS: number;
export function primaryWsUrl(url: string): string;
export function openPrimary(options: {
  url: string;
  authToken?: string;
  deadlineMs: number;
}): import("./primary-streams.mjs").PrimaryClient;
export function isPrimaryDown(error: unknown): boolean;
export function trackReplica(
  client: { sync(): Promise<unknown> },
  probe: () => Promise<unknown>,
  holdsTables?: () => Promise<boolean>,
): { sync(): Promise<number>; firstSync(): Promise<void>; answered(): void };
export const FIRST_SYNC_RETRY_MS: number;
export function syncReplica(): Promise<number>;
export function replicaLag(): Promise<{
  primaryReachable: boolean;
  lagMs: number | null;
  syncs: number;
} | null>;
