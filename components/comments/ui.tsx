"use client";

import { useSyncExternalStore } from "react";

/** The small text buttons under a comment: Reply, Edit, Delete, Report. */
export const actionButtonClass =
  "rounded px-1.5 py-1 text-sm font-medium text-soft hover:text-ink hover:underline underline-offset-4 aria-disabled:opacity-60 dark:hover:text-night-ink aria-expanded:text-ink dark:aria-expanded:text-night-ink";

export const textareaClass =
  "mt-1 block w-full resize-y rounded-lg border border-stone-400 bg-white px-3 py-2 font-serif text-base leading-relaxed text-ink shadow-sm focus:border-accent dark:border-stone-600 dark:bg-stone-900 dark:text-night-ink aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

const noSubscription = () => () => {};

/** The browser's time zone, so a limit's "post again at 14:05" is in the reader's own time. */
export function TimeZoneInput() {
  const zone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );
  return <input type="hidden" name="tz" value={zone} />;
}
