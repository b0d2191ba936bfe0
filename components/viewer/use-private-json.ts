"use client";

import { useCallback, useEffect, useState } from "react";

export type Fetched<T> =
  { status: "loading" } | { status: "failed" } | { status: "ready"; data: T };

/**
 * JSON for the caller's eyes only (whether they follow a reader, their lists, the readers like
 * them), asked for once a page cached the same for everyone has loaded, never stored on the way.
 * `reload` asks again after a write; the last answer stays shown meanwhile.
 */
export function usePrivateJson<T>(url: string): { state: Fetched<T>; reload: () => void } {
  const [state, setState] = useState<Fetched<T>>({ status: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    fetch(url, { cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(`status ${response.status}`);
        const data = (await response.json()) as T;
        if (live) setState({ status: "ready", data });
      })
      .catch(() => {
        if (live) setState({ status: "failed" });
      });
    return () => {
      live = false;
    };
  }, [url, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { state, reload };
}
