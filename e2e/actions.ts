import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { sessions } from "../db/schema";
import type { ActionState } from "../lib/action-state";
import { e2eDb } from "./database";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** A server action's id in the e2e build, as the browser sends it in the Next-Action header. */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(".next-e2e/server/server-reference-manifest.json", "utf8"),
  ) as Manifest;
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${filename}`);
  return found[0];
}

/**
 * Calls a server action as React does from a form: a multipart body with the previous state and
 * the form's fields, sent to the page's own address. Returns the HTTP status and the ActionState.
 */
export async function callAction(
  request: APIRequestContext,
  options: { url: string; actionId: string; fields: Record<string, string>; cookie?: string },
): Promise<{ status: number; state: ActionState | null; bytes: number }> {
  // React names the form's fields after the part that holds them ("_1_": the second argument) and
  // sends them before the arguments themselves ("0"), which the server reads as they stream in.
  // (A FormData keeps that order; an object would put the key "0" first.)
  const multipart = new FormData();
  for (const [name, value] of Object.entries(options.fields)) multipart.append(`_1_${name}`, value);
  multipart.append("0", JSON.stringify([{ status: "idle", message: "" }, "$K1"]));
  const response = await request.post(options.url, {
    headers: {
      "next-action": options.actionId,
      accept: "text/x-component",
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    multipart,
    maxRedirects: 0,
  });
  const body = await response.text();
  const line = body.split("\n").find((l) => l.startsWith("1:"));
  return {
    status: response.status(),
    state: line ? (JSON.parse(line.slice(2)) as ActionState) : null,
    bytes: Buffer.byteLength(body),
  };
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
