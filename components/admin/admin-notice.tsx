"use client";

import { useSyncExternalStore } from "react";

// What the last admin action did. A row that an action moves (a draft scheduled onto the
// calendar) is unmounted by the refresh that follows, and its own status with it; this region
// lives in the admin layout and outlasts it.
let notice = "";
const listeners = new Set<() => void>();

export function announce(message: string) {
  notice = message;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function AdminNotice() {
  const message = useSyncExternalStore(
    subscribe,
    () => notice,
    () => "",
  );
  return (
    <div role="status" aria-live="polite" className="mt-4 text-sm">
      {message && (
        <p className="rounded-md bg-green-50 px-3 py-2 text-green-900 dark:bg-green-950 dark:text-green-200">
          {message}
        </p>
      )}
    </div>
  );
}
