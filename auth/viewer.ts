import "server-only";
import { cookies, headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { getUserAuthState } from "@/db/queries/users";
import { env } from "@/lib/env";
import type { Viewer } from "@/lib/viewer";

export type { Viewer };

/** Auth.js's session cookie; "__Secure-" in front of it on a site served over HTTPS. */
export const SESSION_COOKIE = "authjs.session-token";

/**
 * The signed-in person for this request, or null when signed out or banned. The session cookie
 * only says who (an encrypted token Auth.js issued at sign-in, read here without the rest of
 * Auth.js's machinery); the account itself is read from the database each time, so a ban or a
 * role change applies at the next request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  const secureCookie = jar.getAll().some((c) => c.name.startsWith(`__Secure-${SESSION_COOKIE}`));
  const token = await getToken({
    req: { headers: requestHeaders },
    secret: env.AUTH_SECRET,
    secureCookie,
  });
  const id = token?.sub;
  if (!id) return null;
  const user = await getUserAuthState(id);
  if (!user || user.bannedAt || !user.handle) return null;
  return { id: user.id, name: user.name ?? user.handle, handle: user.handle, role: user.role };
});
