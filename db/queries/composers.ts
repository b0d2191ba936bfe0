import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "..";
import { composers } from "../schema";

export async function getComposerBySlug(slug: string) {
  const db = getDb();
  return db.query.composers.findFirst({ where: eq(composers.slug, slug) });
}

export async function getComposerSlugs(): Promise<string[]> {
  const db = getDb();
  const rows = await db.select({ slug: composers.slug }).from(composers);
  return rows.map((r) => r.slug);
}
