export function onShutdown(hook: () => Promise<void> | void): void;
export function runShutdownHooks(): Promise<void>;
export function onClose(close: () => Promise<void> | void): void;
export function runCloseHooks(): Promise<void>;
