// Types for db/busy.mjs, which is plain JavaScript because the cache handler (loaded by Next by
// itself, outside the app's bundle) uses it too.
export function isBusy(error: unknown): boolean;
export function retryWhileBusy<T>(write: () => Promise<T>): Promise<T>;
export function queueWrite<T>(write: () => Promise<T>): Promise<T>;
