"use client";

import { ActionStatus } from "@/components/forms/action-status";
import { useAction } from "@/components/forms/use-action";
import { patchReviewState } from "@/components/viewer/viewer-store";
import { saveCrowdPreference } from "@/app/reviews/[slug]/score-actions";

type CrowdToggleProps = { slug: string; soundtrackId: number; hide: boolean };

/** A toggle button (aria-pressed) that saves the reader's choice to see the average only after scoring. */
export function CrowdToggle({ slug, soundtrackId, hide }: CrowdToggleProps) {
  const { state, formAction, pending, onSubmit } = useAction(saveCrowdPreference, {
    onDone: (done) => patchReviewState({ hideCrowdUntilScored: done.data?.hide ?? hide }),
  });
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="mt-6 border-t border-stone-200 pt-4 dark:border-stone-800"
    >
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="soundtrackId" value={soundtrackId} />
      <input type="hidden" name="hide" value={hide ? "false" : "true"} />
      <button
        type="submit"
        aria-pressed={hide}
        aria-disabled={pending || undefined}
        className="group flex items-center gap-3 text-left text-sm aria-disabled:opacity-60"
      >
        <span
          aria-hidden="true"
          className="relative inline-flex h-6 w-10 shrink-0 rounded-full border border-stone-400 bg-stone-200 transition-colors group-aria-pressed:border-accent group-aria-pressed:bg-accent dark:border-stone-600 dark:bg-stone-800 dark:group-aria-pressed:border-night-accent dark:group-aria-pressed:bg-night-accent"
        >
          <span className="absolute top-0.5 left-0.5 size-4.5 rounded-full bg-white shadow transition-transform group-aria-pressed:translate-x-4 dark:bg-stone-300 dark:group-aria-pressed:bg-night" />
        </span>
        <span>Hide the readers’ average until I’ve scored</span>
      </button>
      <ActionStatus
        id="crowd-status"
        className="mt-2 min-h-5"
        state={state}
        pending={pending}
        pendingText="Saving…"
      />
    </form>
  );
}
