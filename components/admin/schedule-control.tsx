"use client";

import { useRouter } from "next/navigation";
import { type PublishData, publishReview } from "@/app/admin/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { inputClass } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { announce } from "./admin-notice";
import { fieldValue } from "@/lib/action-state";
import type { SlotOption } from "@/lib/weekly-slot";

export type { SlotOption };

type WhenProps = {
  id: string;
  /** The coming slots. */
  slots: SlotOption[];
  /** "The next free slot" says which it is, when known. */
  nextFree?: string;
} & Omit<React.ComponentProps<"select">, "id" | "children">;

/** The choice of when a review goes out: the next free slot, one of the coming slots, or now. */
export function WhenSelect({ id, slots, nextFree, className = "", ...select }: WhenProps) {
  return (
    <select id={id} name="when" className={`${inputClass} mt-0 text-sm ${className}`} {...select}>
      <option value="next">The next free slot{nextFree ? ` (${nextFree})` : ""}</option>
      {slots.map((slot) => (
        <option key={slot.value} value={slot.value}>
          {slot.label}
        </option>
      ))}
      <option value="now">Now</option>
    </select>
  );
}

type Props = {
  reviewId: number;
  headline: string;
  /** The coming slots. */
  slots: SlotOption[];
  /** "Schedule" for a draft, "Reschedule" for a scheduled review. */
  verb: string;
};

/** When a review goes out: the next free slot, a slot of the admin's choice, or now. */
export function ScheduleControl({ reviewId, headline, slots, verb }: Props) {
  const router = useRouter();
  const { state, formAction, pending, onSubmit } = useAction(publishReview, {
    onDone: (done) => {
      announce(done.message);
      router.refresh();
    },
  });
  const shareWith = (state.data as PublishData | undefined)?.shareWith;
  const id = `when-${reviewId}`;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow">
          <label htmlFor={id} className="sr-only">
            When to publish “{headline}”
          </label>
          <WhenSelect id={id} slots={slots} defaultValue={fieldValue(state, "when") ?? "next"} />
        </div>
        <SubmitButton pending={pending} pendingLabel="Saving…" label={`${verb} “${headline}”`}>
          {verb}
        </SubmitButton>
        {shareWith && !pending && (
          <SubmitButton
            pending={pending}
            pendingLabel="Saving…"
            name="shareWeek"
            value="yes"
            className={quietButtonClass}
          >
            Same week anyway
          </SubmitButton>
        )}
      </div>
      <ActionStatus state={state} pending={pending} pendingText="Saving…" />
    </form>
  );
}
