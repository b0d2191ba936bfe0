export function onShutdown(hook: () => Promise<void> | void): void;
export function runShutdownHooks(): Promise<void>;
