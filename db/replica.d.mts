// Types for db/replica.mjs, plain JavaScript because the cache handler uses it too.
export const PRIMARY_UNREACHABLE: string;
export class PrimaryUnreachableError extends Error {
  code: "PRIMARY_UNREACHABLE";
  constructor(cause: unknown);
}
export function isPrimaryUnreachable(error: unknown): boolean;
export function replicaSyncer(client: { sync(): Promise<unknown> }): () => Promise<number>;
export function registerReplica(client: { sync(): Promise<unknown> }): () => Promise<number>;
export function syncReplica(): Promise<number>;
