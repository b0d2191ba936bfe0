"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { showPage } from "./own-writes";

/**
 * Rendered into every cached page that a reader's writes can change: when the render began and
 * the page's cache tags (see viewer-store's "Reading one's own writes"). Shows nothing.
 */
export function PageVersion({ at, tags }: { at: number; tags: string[] }) {
  const router = useRouter();
  // A refresh hands this component a new `tags` array even when it brings the same render; only a
  // new render (or another page) counts as a new version, or every refresh would set off the next
  // one at once instead of after the pause between tries.
  const tagList = tags.join(" ");
  useEffect(
    () => showPage({ at, tags: tagList.split(" ") }, () => router.refresh()),
    [at, tagList, router],
  );
  return null;
}
