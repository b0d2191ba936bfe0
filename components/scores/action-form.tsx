"use client";

import type { ScoreActionState } from "@/app/reviews/[slug]/score-actions";

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
