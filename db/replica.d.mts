// Types for db/replica.mjs, plain JavaScript because the cache handler uses it too.
export const PRIMARY_UNREACHABLE: string;
export class PrimaryUnreachableError extends Error {
  code: "PRIMARY_UNREACHABLE";
  constructor(cause: unknown);
}
export function isPrimaryUnreachable(error: unknown): boolean;
export function registerReplica(client: { sync(): Promise<unknown> }): void;
export function syncReplica(): Promise<number>;
export function replicaLag(): Promise<{ primaryReachable: boolean; lagMs: number | null } | null>;
