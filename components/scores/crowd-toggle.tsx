"use client";

import { ActionStatus } from "@/components/forms/action-status";
import { useAction } from "@/components/forms/use-action";
import { patchReviewState } from "@/components/viewer/viewer-store";
import { saveCrowdPreference } from "@/app/reviews/[slug]/score-actions";
import { SwitchButton } from "@/components/forms/switch-button";

type CrowdToggleProps = { slug: string; soundtrackId: number; hide: boolean; scored: boolean };

/** What the setting does, as it stands on this review: it applies to every review. */
function explain(hide: boolean, scored: boolean): string {
  if (!hide) return "Off: every review shows the readers’ average, before you score too.";
  if (scored) {
    return "On: you’ve scored this soundtrack, so its average shows; on reviews you haven’t scored, it stays hidden until you do.";
  }
  return "On: the readers’ average stays hidden on every review you haven’t scored, this one included.";
}

/**
 * A toggle button (aria-pressed) that saves the reader's choice to see the average only after
 * scoring, with what it does said beside it, whether or not this review is scored yet.
 */
export function CrowdToggle({ slug, soundtrackId, hide, scored }: CrowdToggleProps) {
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
      <SwitchButton pressed={hide} pending={pending} describedBy="crowd-explained">
        Hide the readers’ average until I’ve scored
      </SwitchButton>
      <p id="crowd-explained" className="mt-1 pl-13 text-sm text-soft">
        {explain(hide, scored)}
      </p>
      <ActionStatus
        id="crowd-status"
        className="mt-1 min-h-5 pl-13"
        state={state}
        pending={pending}
        pendingText="Saving…"
      />
    </form>
  );
}
