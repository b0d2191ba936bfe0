import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { env } from "@/lib/env";

/** OAuth providers are on only when both their id and secret are set. */
export const oauthProviders = [
  env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET
    ? GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })
    : null,
  env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET
    ? Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })
    : null,
].filter((p) => p !== null);

export const enabledOAuthProviders = oauthProviders.map((p) => ({ id: p.id, name: p.name }));
