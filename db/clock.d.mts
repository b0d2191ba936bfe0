// Types for db/clock.mjs, plain JavaScript because the cache handler uses it too.
export function nowMs(): number;
export function nowSeconds(): number;
export function now(): Date;
