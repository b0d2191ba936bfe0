import { useState } from "react";
import { type RestoreData, restoreRevision, showRevision } from "@/app/admin/reviews/actions";
import { quietButtonClass } from "@/components/button-styles";
import { IDLE } from "@/lib/action-state";
import { SESSION_ENDED } from "@/lib/editor-schemas";
import type { EditorValues, RevisionItem } from "@/lib/editor-values";
import { RevisionDiff } from "./revision-diff";
import { formatMoment } from "./when";

type Props = {
  reviewId: number;
  revisions: RevisionItem[];
  current: EditorValues;
  timeZone: string;
  onRestored: (data: RestoreData) => void;
  onSessionEnded: () => void;
};

const KINDS = { save: "Saved", autosave: "Autosaved", restore: "Restored" } as const;
const buttonClass = `${quietButtonClass} px-3 py-1.5`;

function revisionForm(reviewId: number, revisionId: number) {
  const form = new FormData();
  form.set("reviewId", String(reviewId));
  form.set("revisionId", String(revisionId));
  return form;
}

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
  const [message, setMessage] = useState({ error: false, text: "" });
  const [pending, setPending] = useState<number | null>(null);
  const when = (r: RevisionItem) => formatMoment(r.createdAt, timeZone);

  const run = async <T,>(
    revision: RevisionItem,
    action: typeof showRevision | typeof restoreRevision,
    done: (data: T) => string,
  ) => {
    setPending(revision.id);
    const state = await action(IDLE, revisionForm(reviewId, revision.id)).catch(() => null);
    setPending(null);
    if (state?.message === SESSION_ENDED) return onSessionEnded();
    if (state?.status !== "ok") {
      return setMessage({
        error: true,
        text: state?.message || "The site could not be reached. Try again.",
      });
    }
    setMessage({ error: false, text: done(state.data as T) });
  };

  const compare = (revision: RevisionItem) =>
    run<{ values: EditorValues }>(revision, showRevision, ({ values }) => {
      setCompared({
        label: `Changes since the version ${KINDS[revision.kind].toLowerCase()} at ${when(revision)}`,
        values,
      });
      return "";
    });
  const restore = (revision: RevisionItem) =>
    run<RestoreData>(revision, restoreRevision, (data) => {
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
          {revisions.map((revision) => (
            <li
              key={revision.id}
              className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
            >
              <p>
                <span className="font-medium">{KINDS[revision.kind]}</span>{" "}
                <time dateTime={new Date(revision.createdAt).toISOString()}>{when(revision)}</time>
                {revision.author && <span className="text-soft"> by {revision.author}</span>}
              </p>
              <div className="flex gap-2" aria-busy={pending === revision.id || undefined}>
                <button
                  type="button"
                  onClick={() => compare(revision)}
                  aria-label={`Compare the version of ${when(revision)} with the form`}
                  className={buttonClass}
                >
                  Compare
                </button>
                <button
                  type="button"
                  onClick={() => restore(revision)}
                  aria-label={`Restore the version of ${when(revision)}`}
                  className={buttonClass}
                >
                  Restore
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p
        role="status"
        className={`text-sm ${message.error ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-300"}`}
      >
        {message.text}
      </p>
      {compared && <RevisionDiff before={compared.values} after={current} label={compared.label} />}
    </section>
  );
}
