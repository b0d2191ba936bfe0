import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import type { PageTags } from "./tags";

/**
 * Tags a statically rendered page with the data it shows, its reads from cache/tags.ts, so that
 * invalidating one of them regenerates the page. Next attaches the tags of every cache entry read
 * during a static render to the page's own entry; this entry holds nothing but the tags.
 */
export async function tagPage(pageTags: PageTags): Promise<PageVersion> {
  const at = Date.now();
  await unstable_cache(async () => true, ["page-tags", ...pageTags], { tags: pageTags })();
  return { at, tags: pageTags };
}

/**
 * A read kept in the cache, by `key`, under its tags from cache/tags.ts' reads, for `seconds` at
 * most: for what a reader asks after a page loads that costs too much to work out every time.
 */
export function cachedRead<T>(
  key: string[],
  readTags: PageTags,
  seconds: number,
  read: () => Promise<T>,
): Promise<T> {
  return unstable_cache(read, key, { tags: readTags, revalidate: seconds })();
}

/**
 * When the page's render began (before it read the data it shows) and its tags, for the page to
 * carry: a reader's browser compares it with their own latest write (components/viewer/page-version).
 */
export type PageVersion = { at: number; tags: string[] };

/**
 * Expires the tags on every instance at once (cache/handler.mjs treats every invalidation as
 * immediate). The "max" profile is what keeps Next from answering the action with a re-render of
 * the page: the action answers with its own small state.
 */
export function invalidate(changed: readonly string[]): void {
  for (const tag of changed) revalidateTag(tag, "max");
}
