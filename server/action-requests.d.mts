// Types for server/action-requests.mjs, plain JavaScript because it runs before Next loads.
import type { IncomingHttpHeaders } from "node:http";

export function isAction(req: {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}): boolean;
export function isCrossSite(headers: IncomingHttpHeaders): boolean;
export function isUnreadable(contentType: string | undefined, body: Buffer): Promise<boolean>;
