import "server-only";
import { headers } from "next/headers";

/**
 * The id the site's server gave the request being handled (`x-request-id`), for the log lines it
 * causes; undefined outside a request (a build, a script, after the answer has gone).
 */
export async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}
