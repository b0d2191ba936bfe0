"use client";

import { useEffect, useRef } from "react";

/**
 * Counts this opening of the comparison for the archive on /compare: the page itself is cached,
 * so the count is sent from the browser once the page has loaded. Losing one is harmless.
 */
export function RecordOpen({ slugs }: { slugs: string[] }) {
  const sent = useRef(false);
  const body = JSON.stringify({ slugs });
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    fetch("/api/comparisons", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      keepalive: true,
    }).catch(() => {});
  }, [body]);
  return null;
}
