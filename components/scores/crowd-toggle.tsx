"use client";

import { ActionStatus } from "@/components/forms/action-status";
import { useAction } from "@/components/forms/use-action";
import { patchReviewState } from "@/components/viewer/viewer-store";
import { saveCrowdPreference } from "@/app/reviews/[slug]/score-actions";
import { SwitchButton } from "@/components/forms/switch-button";

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
      <SwitchButton pressed={hide} pending={pending}>
        Hide the readers’ average until I’ve scored
      </SwitchButton>
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
