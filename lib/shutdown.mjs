// What must finish before the process exits on SIGTERM or SIGINT (server/start.mjs), registered
// by code inside Next's bundles (instrumentation.ts): the hooks live on globalThis because the
// bundles and the server each load their own copy of this module.
const HOOKS = (globalThis[Symbol.for("exploring-soundtracks.shutdown-hooks")] ??= new Set());

/** Runs `hook` when the server stops; it should settle within a few seconds. */
export function onShutdown(hook) {
  HOOKS.add(hook);
}

const CLOSERS = (globalThis[Symbol.for("exploring-soundtracks.close-hooks")] ??= new Set());

/**
 * Runs `close` once the requests under way and the shutdown hooks are done: a connection closed
 * there says goodbye to its server (a libSQL primary logs an error with a stack trace for each
 * connection a process just drops).
 */
export function onClose(close) {
  CLOSERS.add(close);
}

/** Runs every hook at once and waits for all of them, whether they succeed or fail. */
export async function runShutdownHooks() {
  await Promise.allSettled([...HOOKS].map((hook) => hook()));
}

/** Runs every closer, once nothing is left to use what they close. */
export async function runCloseHooks() {
  await Promise.allSettled([...CLOSERS].map(async (close) => close()));
}
