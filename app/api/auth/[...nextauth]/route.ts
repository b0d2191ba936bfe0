import type { NextRequest } from "next/server";
import { handlers } from "@/auth/config";
import { env } from "@/lib/env";
import { requestOrigin } from "@/lib/request-origin";

/**
 * Auth.js builds its redirects from the request's address, which Next gives route handlers with
 * 127.0.0.1 written as "localhost". Unless AUTH_URL
 * says otherwise, it gets the host the browser asked for, in a plain Request Next leaves alone.
 */
async function atRequestedHost(request: NextRequest): Promise<NextRequest> {
  if (process.env.AUTH_URL) return request;
  const { pathname, search } = request.nextUrl;
  const url = new URL(`${pathname}${search}`, requestOrigin(request.headers, env.SITE_URL));
  // Auth.js's bodies are small forms, read whole.
  const body = request.method === "POST" ? await request.arrayBuffer() : undefined;
  // Auth.js reads only what a Request has (url, method, headers, body) when AUTH_URL is unset.
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body,
  }) as NextRequest;
}

export const GET = async (request: NextRequest) => handlers.GET(await atRequestedHost(request));
export const POST = async (request: NextRequest) => handlers.POST(await atRequestedHost(request));
