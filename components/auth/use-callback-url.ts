"use client";

import { useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { useViewer } from "@/components/viewer/use-viewer";

const noSubscription = () => () => {};
const none = () => null;
const query = (name: string) => () => new URLSearchParams(window.location.search).get(name);
const callbackQuery = query("callbackUrl");
const errorQuery = query("error");

/**
 * The sign-in and sign-up pages are static: where to go afterwards (`?callbackUrl=`) is read in
 * the browser, and only ever a path on this site.
 */
export function useCallbackUrl(): string {
  return safeCallbackUrl(useSyncExternalStore(noSubscription, callbackQuery, none));
}

/** The error code Auth.js puts in the address after an OAuth round trip. */
export function useAuthErrorCode(): string | null {
  return useSyncExternalStore(noSubscription, errorQuery, none);
}

/** A reader who is already signed in has nothing to do on these pages. */
export function useLeaveIfSignedIn(callbackUrl: string) {
  const router = useRouter();
  const viewer = useViewer();
  useEffect(() => {
    if (viewer) router.replace(callbackUrl);
  }, [viewer, callbackUrl, router]);
}
