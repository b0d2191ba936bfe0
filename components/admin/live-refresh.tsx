"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Refreshes the page's data every `seconds` while it shows something under way. */
export function LiveRefresh({ seconds, children }: { seconds: number; children: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return <p className="mt-2 text-sm text-soft">{children}</p>;
}
