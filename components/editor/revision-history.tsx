import { useDeferredValue, useState } from "react";
import { type RestoreData, restoreRevision, showRevision } from "@/app/admin/reviews/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { type ActionState, IDLE } from "@/lib/action-state";
import type { EditorValues, RevisionItem } from "@/lib/editor-values";
import { RevisionDiff } from "./revision-diff";
import { sendEditorAction } from "./send-action";
import { formatMoment } from "./when";

type Props = {
  reviewId: number;
  revisions: RevisionItem[];
  current: EditorValues;
  timeZone: string;
  onRestored: (data: RestoreData) => void;
  onSessionEnded: () => void;
};

type RevisionAction<D> = (previous: never, form: FormData) => Promise<ActionState<string, D>>;

const KINDS = { save: "Saved", autosave: "Autosaved", restore: "Restored" } as const;
const buttonClass = `${quietButtonClass} px-3 py-1.5`;

/** The versions kept of the review, newest first: each compared with the form, or put back. */
export function RevisionHistory({
  reviewId,
  revisions,
  current,
  timeZone,
  onRestored,
  onSessionEnded,
}: Props) {
  const [compared, setCompared] = useState<{ label: string; values: EditorValues } | null>(null);
  const [outcome, setOutcome] = useState<ActionState>(IDLE);
  const [pending, setPending] = useState<number | null>(null);
  // The diff follows the typing when there is time for it, never holding a keystroke up.
  const typed = useDeferredValue(current);
  const when = (r: RevisionItem) => formatMoment(r.createdAt, timeZone);

  const run = async <D,>(
    revision: RevisionItem,
    action: RevisionAction<D>,
    done: (data: D) => string,
  ) => {
    setPending(revision.id);
    const state = await sendEditorAction(
      action,
      { reviewId: String(reviewId), revisionId: String(revision.id) },
      { offline: "The site could not be reached. Try again.", onSessionEnded },
    );
    setPending(null);
    if (!state) return;
    setOutcome(state.status === "ok" ? { status: "ok", message: done(state.data as D) } : state);
  };

  const compare = (revision: RevisionItem) =>
    run(revision, showRevision, ({ values }) => {
      setCompared({
        label: `Changes since the version ${KINDS[revision.kind].toLowerCase()} at ${when(revision)}`,
        values,
      });
      return "";
    });
  const restore = (revision: RevisionItem) =>
    run(revision, restoreRevision, (data: RestoreData) => {
      setCompared(null);
      onRestored(data);
      return `The version ${KINDS[revision.kind].toLowerCase()} at ${when(revision)} is restored and saved.`;
    });

  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="font-serif text-xl font-semibold">
        Revision history
      </h2>
      {revisions.length === 0 ? (
        <p className="text-sm text-soft">Every save will be kept here.</p>
      ) : (
        <ol className="divide-y divide-stone-300 rounded-lg border border-stone-300 dark:divide-stone-700 dark:border-stone-700">
          {revisions.map((revision) => {
            const at = when(revision);
            return (
              <li
                key={revision.id}
                className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
              >
                <p>
                  <span className="font-medium">{KINDS[revision.kind]}</span>{" "}
                  <time dateTime={new Date(revision.createdAt).toISOString()}>{at}</time>
                  {revision.author && <span className="text-soft"> by {revision.author}</span>}
                </p>
                <div className="flex gap-2" aria-busy={pending === revision.id || undefined}>
                  <button
                    type="button"
                    onClick={() => compare(revision)}
                    aria-label={`Compare the version of ${at} with the form`}
                    className={buttonClass}
                  >
                    Compare
                  </button>
                  <button
                    type="button"
                    onClick={() => restore(revision)}
                    aria-label={`Restore the version of ${at}`}
                    className={buttonClass}
                  >
                    Restore
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <ActionStatus state={outcome} />
      {compared && <RevisionDiff before={compared.values} after={typed} label={compared.label} />}
    </section>
  );
}
