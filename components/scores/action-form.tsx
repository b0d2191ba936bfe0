"use client";

import type { ScoreActionState } from "@/app/reviews/[slug]/score-actions";

export const buttonClass =
  "rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-orange-900 aria-disabled:opacity-60 dark:bg-night-accent dark:text-night dark:hover:bg-orange-200";

export const quietButtonClass =
  "rounded-md border border-stone-400 px-4 py-2 text-sm font-medium hover:border-accent aria-disabled:opacity-60 dark:border-stone-600 dark:hover:border-night-accent";

/** The action's outcome, announced politely; "Saving…" while the action runs. */
export function ActionStatus({
  id,
  state,
  pending,
  note,
}: {
  id: string;
  state: ScoreActionState;
  pending: boolean;
  /** A message of the form's own (say, a refused fourth pick) that replaces the action's. */
  note?: string | null;
}) {
  const message = pending ? "Saving…" : (note ?? state.message);
  const failed = Boolean(note) || (!pending && !state.ok);
  return (
    <div id={id} role="status" aria-live="polite" className="min-h-5 text-sm">
      {message && (
        <p
          className={
            pending
              ? "text-soft"
              : failed
                ? "text-red-700 dark:text-red-400"
                : "text-green-800 dark:text-green-300"
          }
        >
          {message}
        </p>
      )}
    </div>
  );
}
