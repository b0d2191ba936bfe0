import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { sessions } from "../db/schema";
import type { ActionState } from "../lib/action-state";
import { actionRequest, actionState, findActionId } from "../scripts/bench/actions.mjs";
import { e2eDb } from "./database";

/** A server action's id in the e2e build, as the browser sends it in the Next-Action header. */
export function actionId(filename: string, exportedName: string): string {
  return findActionId(".next-e2e", filename, exportedName);
}

/**
 * Calls a server action as React does from a form (the benchmark's client, scripts/bench/
 * actions.mjs, makes the request), sent to the page's own address through Playwright, so a
 * page's request context carries its cookies. Returns the HTTP status and the ActionState.
 */
export async function callAction(
  request: APIRequestContext,
  options: { url: string; actionId: string; fields: Record<string, string>; cookie?: string },
): Promise<{ status: number; state: ActionState | null; bytes: number }> {
  const { headers, body } = actionRequest(options);
  const response = await request.post(options.url, { headers, multipart: body, maxRedirects: 0 });
  const text = await response.text();
  return { status: response.status(), state: actionState(text), bytes: Buffer.byteLength(text) };
}

/**
 * A session cookie for a reader, made the way Auth.js makes one (an encrypted JWT naming the
 * account and its session, recorded as a sign-in records it), so that a test can act as many
 * readers without signing each in through scrypt.
 */
export async function sessionCookie(userId: string, db = e2eDb()): Promise<string> {
  const name = "authjs.session-token";
  const secret = readFileSync("data/auth-secret", "utf8").trim();
  const sid = crypto.randomUUID();
  await db
    .insert(sessions)
    .values({ sessionToken: sid, userId, expires: new Date(Date.now() + 86_400_000) });
  const value = await encode({ token: { sub: userId, sid }, secret, salt: name });
  return `${name}=${value}`;
}
