import { encode } from "next-auth/jwt";
import type { Database } from "@/db/client";
import { sessions } from "@/db/schema";
import { env } from "@/lib/env";

export const SESSION_COOKIE_NAME = "authjs.session-token";

/**
 * A session token made as a sign-in makes one: the session recorded in the database, and an
 * encrypted JWT naming the account and that session. Returns the token and the session's id.
 */
export async function sessionToken(db: Database, userId: string, name = SESSION_COOKIE_NAME) {
  const sid = crypto.randomUUID();
  await db
    .insert(sessions)
    .values({ sessionToken: sid, userId, expires: new Date(Date.now() + 86_400_000) });
  const token = await encode({ token: { sub: userId, sid }, secret: env.AUTH_SECRET, salt: name });
  return { token, sid };
}
