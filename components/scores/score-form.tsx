"use client";

import { useState } from "react";
import { saveScore } from "@/app/reviews/[slug]/score-actions";
import { compactButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { FieldErrors } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { patchReviewState } from "@/components/viewer/viewer-store";
import { SCORE_STEPS } from "@/lib/scores";

const asValue = (tenths: number | null) => (tenths === null ? null : String(tenths / 10));

const radioClass =
  "peer absolute inset-0 cursor-pointer appearance-none rounded-md border border-stone-300 bg-white checked:border-accent checked:bg-accent hover:border-accent dark:border-stone-700 dark:bg-stone-900 dark:checked:border-night-accent dark:checked:bg-night-accent dark:hover:border-night-accent";
const segmentClass =
  "pointer-events-none relative text-sm tabular-nums peer-checked:font-semibold peer-checked:text-white dark:peer-checked:text-night";

type ScoreFormProps = { slug: string; soundtrackId: number; savedScore: number | null };

/** 21 radios (0, 0.5 … 10) as a segmented scale: arrow keys move along it, Tab leaves it. */
export function ScoreForm({ slug, soundtrackId, savedScore }: ScoreFormProps) {
  const { state, formAction, pending, onSubmit } = useAction(saveScore, {
    onDone: (done) => patchReviewState({ score: done.data?.score ?? null }),
  });
  const [selected, setSelected] = useState(asValue(savedScore));
  const [lastSaved, setLastSaved] = useState(savedScore);
  // The saved score changed (saved, removed, or in another tab): follow it.
  if (savedScore !== lastSaved) {
    setLastSaved(savedScore);
    setSelected(asValue(savedScore));
  }
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-6" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="soundtrackId" value={soundtrackId} />
      <fieldset aria-describedby="score-error">
        <legend className="text-sm font-semibold">
          {savedScore === null ? "Your score" : "Change your score"}
          <span className="font-normal text-soft"> (0 to 10)</span>
        </legend>
        <div className="mt-2 grid grid-cols-7 gap-1">
          {SCORE_STEPS.map((tenths) => {
            const value = String(tenths / 10);
            return (
              <label key={value} className="relative flex h-10 items-center justify-center">
                <input
                  type="radio"
                  name="score"
                  value={value}
                  checked={selected === value}
                  onChange={() => setSelected(value)}
                  className={radioClass}
                />
                <span className={segmentClass}>{value}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <FieldErrors id="score-error" errors={state.fieldErrors?.score} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <SubmitButton
          pending={pending}
          pendingLabel="Save score"
          name="intent"
          value="save"
          className={compactButtonClass}
        >
          Save score
        </SubmitButton>
        {savedScore !== null && (
          <SubmitButton
            pending={pending}
            pendingLabel="Remove my score"
            name="intent"
            value="remove"
            className={quietButtonClass}
          >
            Remove my score
          </SubmitButton>
        )}
      </div>
      <ActionStatus
        id="score-status"
        className="mt-2 min-h-5"
        state={state}
        pending={pending}
        pendingText="Saving…"
      />
    </form>
  );
}
