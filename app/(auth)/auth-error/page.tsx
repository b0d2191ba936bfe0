import type { Metadata } from "next";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Signing in didn’t work" };

/** Where proxy.ts sends Auth.js's own error page: the 404 beside it, in the site's words. */
export default function AuthErrorPage() {
  notFound();
}
