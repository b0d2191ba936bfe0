"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { compactButtonClass } from "@/components/button-styles";
import type { CommentActionState } from "@/lib/comment-rules";

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

export function SubmitButton({
  pending,
  pendingLabel,
  children,
  className = compactButtonClass,
  label,
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
  className?: string;
  /** An accessible name when the visible text is not enough. */
  label?: string;
}) {
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      aria-label={pending ? undefined : label}
      className={className}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

/** The action's outcome, announced politely: green on success, red otherwise. */
export function StatusMessage({
  state,
  hidden = false,
  className = "",
}: {
  state: CommentActionState;
  /** Skip the message (a field error beside the field already says it). */
  hidden?: boolean;
  className?: string;
}) {
  const message = hidden ? "" : state.message;
  return (
    <div role="status" aria-live="polite" className={className}>
      {message && (
        <p
          className={`text-sm ${state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}`}
        >
          {message}
        </p>
      )}
    </div>
  );
}
