import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; handle?: string; role?: "reader" | "admin" } & DefaultSession["user"];
  }
}
