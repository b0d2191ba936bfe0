// Types for server/site-server.mjs, plain JavaScript because it runs before Next loads.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Trust } from "../lib/trusted-proxies.mjs";

export const REQUEST_ID_HEADER: "x-request-id";
export function settleCallerHeaders(req: IncomingMessage, trust: Trust): string;
export function createSiteServer(options: {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
  trust: Trust;
  bodyLimit?: number;
  onError?: (error: unknown, req: IncomingMessage) => void;
}): Server;
export const DRAIN_MS: number;
export function drain(server: Server, work?: Promise<unknown>, limit?: number): Promise<void>;
