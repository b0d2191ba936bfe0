import Link from "next/link";
import { useId, useRef, useState } from "react";
import { type PublishData, publishReview, unpublishReview } from "@/app/admin/actions";
import { announce } from "@/components/admin/admin-notice";
import { WhenSelect } from "@/components/admin/schedule-control";
import { compactButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { type ActionState, IDLE } from "@/lib/action-state";
import type { Placement } from "@/lib/review-status";
import type { SlotOption } from "@/lib/weekly-slot";
import { sendEditorAction } from "./send-action";
import type { Outcome } from "./use-editor-sync";

export type SchedulingChoices = { slots: SlotOption[]; nextFree: string; timeZone: string };

type Props = SchedulingChoices & {
  reviewId: number;
  headline: string;
  slug: string;
  placement: Placement;
  onPlaced: (placement: Placement) => void;
  /** Saves the edits the review does not hold yet; publishing waits for it, or stops. */
  saveFirst: () => Promise<Outcome>;
  onSessionEnded: () => void;
};

const OFFLINE = "The site could not be reached, and nothing was published. Try again.";

/** "Draft: not on the site.", "Scheduled for …", "Live since …": where the review stands. */
function describe(placement: Placement, timeZone: string): string {
  if (placement.state === "draft") return "Draft: not on the site.";
  if (placement.state === "scheduled") return `Scheduled for ${placement.at} (${timeZone}).`;
  return `Live since ${placement.at}. A save changes the page at once.`;
}

/**
 * Publishing from the editor, through the dashboard's own action: now, the next free slot or a
 * chosen one, after a confirmation that says when it goes live. Edits the review does not hold
 * yet are saved first; when they cannot be, nothing is published and the form keeps them.
 */
export function PublishPanel(props: Props) {
  const { reviewId, headline, placement, slots, nextFree, timeZone } = props;
  const id = useId();
  const [when, setWhen] = useState("next");
  // The confirmation asked: to publish, or (the action's own question) to share a week that
  // another review already holds.
  const [question, setQuestion] = useState<{ shareWeek: string | null } | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ActionState>(IDLE);
  const select = useRef<HTMLSelectElement>(null);

  const goesLive =
    when === "now"
      ? "now"
      : `on ${when === "next" ? nextFree : slots.find((s) => s.value === when)?.label} (${timeZone})`;
  const cancel = () => {
    setQuestion(null);
    select.current?.focus();
  };

  const publish = async (shareWeek: boolean) => {
    setQuestion(null);
    setPending("Saving your edits first…");
    const saved = await props.saveFirst();
    if (!saved.ok) {
      setPending(null);
      const message = `Nothing was published: the edits could not be saved (${saved.message})`;
      return setOutcome({ status: "error", message });
    }
    setPending(when === "now" ? "Publishing…" : "Scheduling…");
    const fields = { reviewId: String(reviewId), when, ...(shareWeek && { shareWeek: "yes" }) };
    const state = await sendEditorAction(publishReview, fields, {
      offline: OFFLINE,
      onSessionEnded: props.onSessionEnded,
    });
    setPending(null);
    if (!state) return;
    const data = state.data as PublishData | undefined;
    // The week's question is asked below, with its answers: said once, not twice.
    if (state.status === "error" && data?.shareWith) {
      setQuestion({ shareWeek: state.message });
      return setOutcome(IDLE);
    }
    setOutcome({ status: state.status, message: state.message });
    if (state.status === "ok" && data?.placed) {
      announce(state.message);
      props.onPlaced(data.placed);
    }
  };

  const unpublish = async () => {
    setPending(placement.state === "live" ? "Unpublishing…" : "Unscheduling…");
    const state = await sendEditorAction(
      unpublishReview,
      { reviewId: String(reviewId) },
      { offline: OFFLINE, onSessionEnded: props.onSessionEnded },
    );
    setPending(null);
    if (!state) return;
    setOutcome({ status: state.status, message: state.message });
    if (state.status === "ok") {
      announce(state.message);
      props.onPlaced({ state: "draft" });
    }
  };

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-3 rounded-lg border border-stone-300 p-4 sm:p-6 dark:border-stone-700"
      onKeyDown={(event) => {
        if (event.key === "Escape" && question) cancel();
      }}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`${id}-heading`} className="font-serif text-xl font-semibold">
          Publishing
        </h2>
        <p id={`${id}-state`} className="font-medium">
          {describe(placement, timeZone)}{" "}
          {placement.state === "live" && (
            <Link href={`/reviews/${props.slug}`} className="link-accent font-normal">
              Open the published page
            </Link>
          )}
        </p>
      </div>
      {placement.state !== "live" && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 grow sm:max-w-md">
            <label htmlFor={`${id}-when`} className="block text-sm font-medium">
              {placement.state === "draft" ? "When it goes out" : "Move it to"}
            </label>
            <WhenSelect
              ref={select}
              id={`${id}-when`}
              slots={slots}
              nextFree={nextFree}
              value={when}
              onChange={(event) => {
                setWhen(event.target.value);
                setQuestion(null);
              }}
              className="mt-1"
            />
          </div>
          <button
            type="button"
            aria-disabled={pending !== null || undefined}
            aria-expanded={question !== null}
            aria-controls={`${id}-confirm`}
            onClick={() => pending === null && setQuestion({ shareWeek: null })}
            className={compactButtonClass}
          >
            {when === "now"
              ? "Publish now…"
              : placement.state === "draft"
                ? "Schedule…"
                : "Reschedule…"}
          </button>
        </div>
      )}
      <div id={`${id}-confirm`}>
        {question && (
          <div
            role="group"
            aria-labelledby={`${id}-question`}
            className="space-y-3 rounded-md border border-accent/60 bg-accent-soft/30 p-3 dark:border-night-accent/60 dark:bg-stone-900"
          >
            <p id={`${id}-question`}>
              {question.shareWeek
                ? `${question.shareWeek} It goes live ${goesLive}.`
                : `“${headline}” goes live ${goesLive}.`}{" "}
              Edits not saved yet are saved first.
            </p>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                // Shown by a click or by the action's question: the keyboard goes to the answer.
                autoFocus
                onClick={() => publish(question.shareWeek !== null)}
                className={compactButtonClass}
              >
                {question.shareWeek
                  ? "Same week anyway"
                  : when === "now"
                    ? "Publish now"
                    : "Schedule it"}
              </button>
              <button type="button" onClick={cancel} className={quietButtonClass}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </div>
      {placement.state !== "draft" && (
        <button
          type="button"
          aria-disabled={pending !== null || undefined}
          onClick={() => pending === null && unpublish()}
          className={quietButtonClass}
        >
          {placement.state === "live"
            ? "Unpublish: back to the drafts"
            : "Unschedule: back to the drafts"}
        </button>
      )}
      <ActionStatus
        state={outcome}
        pending={pending !== null}
        pendingText={pending ?? undefined}
        tone="panel"
      />
    </section>
  );
}
