// Types for server/config.mjs.
import type { Trust } from "../lib/trusted-proxies.mjs";

export function readServerConfig(env: Record<string, string | undefined>): {
  port: number;
  hostname: string | undefined;
  trust: Trust;
};
