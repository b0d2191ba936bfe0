import "server-only";
import { cookies, headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { type AuthState, getSessionAuthState, type SessionRef } from "@/db/queries/users";
import { env } from "@/lib/env";
import { readSessionToken } from "./session-token";
import type { Viewer } from "@/lib/viewer";

export type { Viewer };

/** Auth.js's session cookie; "__Secure-" in front of it on a site served over HTTPS. */
export const SESSION_COOKIE = "authjs.session-token";

/**
 * Who the session token names and which sign-in it is, if Auth.js issued it with this site's
 * secret (read in about 25 µs: readSessionToken). Whether the sign-in still lasts is asked of the
 * database with the account, on every request.
 */
function tokenSession(token: string, salt: string): SessionRef | null {
  const claims = readSessionToken(token, env.AUTH_SECRET, salt, Date.now() / 1000);
  return typeof claims?.sub === "string" && typeof claims.sid === "string"
    ? { userId: claims.sub, sessionId: claims.sid }
    : null;
}

/**
 * The user id and session id the request's session cookie carries, without reading the
 * database: an encrypted token Auth.js issued at sign-in, read here without the rest of
 * Auth.js's machinery. The session may have ended since.
 */
export async function getSessionRef(): Promise<SessionRef | null> {
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  const secureCookie = jar.getAll().some((c) => c.name.startsWith(`__Secure-${SESSION_COOKIE}`));
  const token = await getToken({
    req: { headers: requestHeaders },
    secret: env.AUTH_SECRET,
    secureCookie,
    raw: true,
  });
  return token ? tokenSession(token, `${secureCookie ? "__Secure-" : ""}${SESSION_COOKIE}`) : null;
}

async function readSessionAccount(): Promise<SessionAccount | null> {
  const session = await getSessionRef();
  const account = session ? await getSessionAuthState(session) : undefined;
  return account && session ? { ...account, sessionId: session.sessionId } : null;
}

type SessionAccount = AuthState & { sessionId: string };

/** Each request's account, by the request's headers object, which Next keeps for the request. */
const accounts = new WeakMap<Headers, Promise<SessionAccount | null>>();

/**
 * The account the session cookie names, read once per request with its session, in one query.
 * The cookie only says who; the account and whether the session still lasts are read from the
 * database for each request, so a sign-out elsewhere, a ban or a role change applies at the next
 * one. React's cache() would not do to keep it: it holds only while a page renders, not in a
 * server action or a route handler, where getViewer and getSuspension would then read the
 * account once each.
 */
function getSessionAccount(): Promise<SessionAccount | null> {
  return headers().then((requestHeaders) => {
    let account = accounts.get(requestHeaders);
    if (!account) {
      account = readSessionAccount();
      accounts.set(requestHeaders, account);
    }
    return account;
  });
}

/** The signed-in person for this request, or null when signed out or banned. */
export async function getViewer(): Promise<Viewer | null> {
  return viewerOf(await getSessionAccount());
}

/** The account as the pages see it: nobody when banned, or before it has a handle. */
export function viewerOf(user: AuthState | null | undefined): Viewer | null {
  if (!user || user.bannedAt || !user.handle) return null;
  return { id: user.id, name: user.name ?? user.handle, handle: user.handle, role: user.role };
}

/**
 * Why the signed-in account is suspended (the reason its admin gave, if any), or null when it is
 * not, or nobody is signed in: a banned reader is nobody to the pages, but is told why when they
 * try to take part.
 */
export async function getSuspension(): Promise<{ reason: string | null } | null> {
  const user = await getSessionAccount();
  return user?.bannedAt ? { reason: user.banReason } : null;
}

/** The signed-in, not banned reader with something more of their account, or null. */
async function viewerWith<T>(
  more: (account: SessionAccount) => T,
): Promise<({ viewer: Viewer } & T) | null> {
  const account = await getSessionAccount();
  const viewer = viewerOf(account);
  return viewer && account ? { viewer, ...more(account) } : null;
}

/**
 * The signed-in, not banned reader and whether they keep their scores private, for what compares
 * them with other readers: read with the session, no query of its own.
 */
export function getComparingViewer() {
  return viewerWith(({ scoresPrivate }) => ({ scoresPrivate }));
}

/** The signed-in, not banned reader and the id of this browser's session, for the settings. */
export function getViewerSession() {
  return viewerWith(({ sessionId }) => ({ sessionId }));
}
