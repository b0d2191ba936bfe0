import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import {
  clearLoginFailures,
  getLoginLock,
  getUserAuthState,
  assignHandle,
  getUserCredentials,
  recordLoginFailure,
} from "@/db/queries/users";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { handleBase } from "@/lib/auth/account-rules";
import { verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { oauthProviders } from "@/lib/auth/providers";
import { LOGIN_POLICY } from "@/lib/auth/sign-in-policy";

export class AccountLocked extends CredentialsSignin {
  code = "locked";
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
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

async function authorizeWithPassword(raw: unknown) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  if (await getLoginLock(email)) throw new AccountLocked();
  const user = await getUserCredentials(email);
  const ok = user?.passwordHash
    ? await verifyPassword(parsed.data.password, user.passwordHash)
    : await verifyAgainstNothing(parsed.data.password);
  if (!ok || !user) {
    await recordLoginFailure(email, LOGIN_POLICY);
    return null;
  }
  await clearLoginFailures(email);
  if (user.bannedAt) throw new AccountSuspended(user.banReason);
  return { id: user.id, name: user.name, email: user.email };
}

export const { handlers, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // Credentials sign-in needs JWT sessions; getViewer asks the database about bans on every request.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: authorizeWithPassword,
    }),
    ...oauthProviders,
  ],
  events: {
    async createUser({ user }) {
      if (user.id) await assignHandle(user.id, handleBase(user.name ?? user.email ?? "reader"));
    },
  },
  callbacks: {
    // The database is read once, at sign-in; the session is only a signed "who", and getViewer
    // reads the account (role, ban) on every request that needs it.
    async jwt({ token, user }) {
      if (!user?.id) return token.sub ? token : null;
      const state = await getUserAuthState(user.id);
      if (!state || state.bannedAt) return null;
      return { ...token, sub: state.id, role: state.role, handle: state.handle, name: state.name };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.handle === "string") session.user.handle = token.handle;
      if (token.role === "admin" || token.role === "reader") session.user.role = token.role;
      return session;
    },
  },
});
