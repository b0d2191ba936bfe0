// What must finish before the process exits on SIGTERM or SIGINT (server/start.mjs), registered
// by code inside Next's bundles (instrumentation.ts): the hooks live on globalThis because the
// bundles and the server each load their own copy of this module.
const HOOKS = (globalThis[Symbol.for("exploring-soundtracks.shutdown-hooks")] ??= new Set());
const CLOSERS = (globalThis[Symbol.for("exploring-soundtracks.close-hooks")] ??= new Set());

/** Runs `hook` when the server stops; it should settle within a few seconds. */
export function onShutdown(hook) {
  HOOKS.add(hook);
}

/**
 * Runs `close` once the requests under way and the shutdown hooks are done: a connection closed
 * there says goodbye to its server (a libSQL primary logs an error with a stack trace for each
 * connection a process just drops).
 */
export function onClose(close) {
  CLOSERS.add(close);
}

/** Runs each at once and waits for all, whether they succeed, fail or throw before settling. */
async function runAll(/** @type {Set<() => unknown>} */ hooks) {
  await Promise.allSettled([...hooks].map(async (hook) => hook()));
}

export const runShutdownHooks = () => runAll(HOOKS);

/** Runs every closer, once nothing is left to use what they close. */
export const runCloseHooks = () => runAll(CLOSERS);
