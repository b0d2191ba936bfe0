// Types for db/replica-sync.mjs.
export function syncOffThread(client: {
  sync(): Promise<{ frames_synced: number } | undefined>;
}): Promise<unknown>;
