// Types for lib/shared-cache.mjs, plain JavaScript because the site's HTTP server uses it too.
export const SHARED_FRESH_SECONDS: number;
export const SHARED_STALE_SECONDS: number;
export const SHARED_WINDOW_SECONDS: number;
export const SHARED_CACHE_CONTROL: string;
export function forSharedCache<T extends string | number | string[] | undefined>(
  value: T,
): T | string;
