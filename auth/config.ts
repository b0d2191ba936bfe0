import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import {
  assignHandle,
  getSessionAuthState,
  getUserAuthState,
  getUserCredentials,
} from "@/db/queries/users";
import { clearThrottle, getThrottleLock, recordThrottleHits } from "@/db/queries/throttles";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/db/queries/sessions";
import { providerName } from "./provider-name";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { EMAIL_MAX_LENGTH } from "@/lib/email-length";
import { handleBase } from "@/lib/auth/account-rules";
import { verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { oauthProviders } from "@/lib/auth/providers";
import { SIGN_IN_PER_ADDRESS, SIGN_IN_PER_EMAIL, signInKeys } from "@/lib/auth/sign-in-policy";
import { clientAddress } from "@/lib/client-address";
import { logAuthError, logAuthWarning } from "./auth-log";
import { viewerOf } from "./viewer";

export class AccountLocked extends CredentialsSignin {
  code = "locked";
  constructor(readonly until: Date) {
    super();
  }
}

/** Thrown only after the right password, so it tells nothing to someone guessing. */
export class AccountSuspended extends CredentialsSignin {
  code = "suspended";
  /** The reason the admin gave, for the sign-in form to say. */
  constructor(readonly reason: string | null) {
    super();
  }
}

const credentialsSchema = z.object({
  email: z.email().max(EMAIL_MAX_LENGTH),
  password: z.string().min(1).max(200),
});

async function authorizeWithPassword(raw: unknown, request: Request) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const keys = signInKeys(clientAddress(request.headers), email);
  const lockedUntil = await getThrottleLock([keys.pair, keys.address]);
  if (lockedUntil) throw new AccountLocked(lockedUntil);
  const user = await getUserCredentials(email);
  const ok = user?.passwordHash
    ? await verifyPassword(parsed.data.password, user.passwordHash)
    : await verifyAgainstNothing(parsed.data.password);
  if (!ok || !user) {
    await recordThrottleHits([
      [keys.pair, SIGN_IN_PER_EMAIL],
      [keys.address, SIGN_IN_PER_ADDRESS],
    ]);
    return null;
  }
  // The address's count stays: one account of one's own must not reset a spray over others.
  await clearThrottle(keys.pair);
  if (user.bannedAt) throw new AccountSuspended(user.banReason);
  return { id: user.id, name: user.name, email: user.email };
}

/** The token with the account as it is now, or null once its session is nobody's (viewerOf). */
async function stillSignedIn(token: JWT): Promise<JWT | null> {
  const { sub: userId, sid: sessionId } = token;
  if (typeof userId !== "string" || typeof sessionId !== "string") return null;
  const account = await getSessionAuthState({ userId, sessionId });
  const viewer = viewerOf(account);
  if (!viewer || !account) return null;
  return {
    ...token,
    name: viewer.name,
    email: account.email,
    role: viewer.role,
    handle: viewer.handle,
  };
}

const adapter = DrizzleAdapter(getDb(), {
  usersTable: users,
  accountsTable: accounts,
  sessionsTable: sessions,
  verificationTokensTable: verificationTokens,
});

export const { handlers, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  // A provider's profile name follows the readers' name rules before it is stored.
  adapter: {
    ...adapter,
    createUser: async (user) =>
      adapter.createUser!({ ...user, name: await providerName(user.name) }),
  },
  // Credentials sign-in needs JWT sessions; getViewer asks the database about bans on every request.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Every sign-in error lands on the sign-in page, which says what went wrong.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: { error: logAuthError, warn: logAuthWarning },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: authorizeWithPassword,
    }),
    ...oauthProviders,
  ],
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
    async createUser({ user }) {
      if (user.id) await assignHandle(user.id, handleBase(user.name ?? user.email ?? "reader"));
    },
  },
  callbacks: {
    // The database is read at sign-in, which records a session (sid, db/queries/sessions.ts);
    // the token is only a signed "who and which sign-in". Whenever Auth.js reads the token again
    // (its /api/auth/session), the session's row and account are read in one query, as getViewer
    // does for the site's pages: a session signed out, ended everywhere, or of a banned or deleted
    // account answers null, and Auth.js clears the cookie instead of issuing a fresh one.
    async jwt({ token, user }) {
      if (!user?.id) return stillSignedIn(token);
      const state = await getUserAuthState(user.id);
      if (!state || state.bannedAt) return null;
      const sid = await startSession(state.id);
      return {
        ...token,
        sub: state.id,
        sid,
        role: state.role,
        handle: state.handle,
        name: state.name,
      };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.handle === "string") session.user.handle = token.handle;
      if (token.role === "admin" || token.role === "reader") session.user.role = token.role;
      return session;
    },
  },
});
