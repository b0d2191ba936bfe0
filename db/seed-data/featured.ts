import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

const frontMatterSchema = z.object({
  title: z.string().min(1),
  film: z.string().min(1),
  composer: z.string().min(1),
  tracks: z.string().min(1),
});

export type FeaturedArticle = z.infer<typeof frontMatterSchema> & { body: string; summary: string };

/** Reads the site owner's article exactly as written: front matter for the facts, the rest is the body. */
export function readFeaturedArticle(): FeaturedArticle {
  const file = new URL("./mission-impossible-fallout.md", import.meta.url);
  const text = readFileSync(file, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`${file.pathname} has no front matter block`);
  const facts = frontMatterSchema.parse(parse(match[1]));
  const body = match[2].trim();
  const summary = body.split(/\n\s*\n/)[0]?.trim() ?? "";
  return { ...facts, body, summary };
}
