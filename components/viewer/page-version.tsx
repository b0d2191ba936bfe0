"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { showPage } from "./viewer-store";

/**
 * Rendered into every cached page that a reader's writes can change: when the render began and
 * the page's cache tags (see viewer-store's "Reading one's own writes"). Shows nothing.
 */
export function PageVersion({ at, tags }: { at: number; tags: string[] }) {
  const router = useRouter();
  useEffect(() => showPage({ at, tags }, () => router.refresh()), [at, tags, router]);
  return null;
}
