import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { sameText } from "@/lib/editor-text";
import { type EditorValues, readEditorValues } from "@/lib/editor-values";

export type LocalCopy = { savedAt: number; values: EditorValues };

const noSubscription = () => () => {};
const onClient = () => true;
const onServer = () => false;

const keyOf = (reviewId: number | null) => `review-editor:${reviewId ?? "new"}`;

function read(reviewId: number | null): LocalCopy | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(keyOf(reviewId)) ?? "null");
    if (typeof stored !== "object" || stored === null || !("savedAt" in stored)) return null;
    const savedAt = Number(stored.savedAt);
    const values = "values" in stored ? readEditorValues(stored.values) : null;
    return Number.isFinite(savedAt) && values ? { savedAt, values } : null;
  } catch {
    return null;
  }
}

/** Forgets the browser's copy (the draft it was for now has an id, or the admin discarded it). */
export function forgetLocalCopy(reviewId: number | null) {
  try {
    localStorage.removeItem(keyOf(reviewId));
  } catch {
    // Storage refused (a private window): there is nothing to forget.
  }
}

type Options = {
  reviewId: number | null;
  values: EditorValues;
  /** The form as the server had it when the editor opened, and when it kept it (ms). */
  initialValues: EditorValues;
  serverSavedAt: number;
};

/**
 * A copy of the form in this browser at every change, whatever happens to the session or the
 * connection; and, as the editor opens, the offer of a copy newer than the server's version.
 */
export function useLocalCopy({ reviewId, values, initialValues, serverSavedAt }: Options) {
  // The copy as the editor opened, read once: the server cannot know what the browser kept, so
  // it is shown only once the page is hydrated.
  const [opened] = useState(() => {
    const copy = typeof window === "undefined" ? null : read(reviewId);
    const newer = copy && copy.savedAt > serverSavedAt && !sameText(copy.values, initialValues);
    return newer ? copy : null;
  });
  const hydrated = useSyncExternalStore(noSubscription, onClient, onServer);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    // The form as it opened is the server's; from the first change on, it is kept here.
    if (values === initialValues) return;
    try {
      localStorage.setItem(keyOf(reviewId), JSON.stringify({ savedAt: Date.now(), values }));
    } catch {
      // Full or refused: the autosave still keeps it on the server.
    }
  }, [values, initialValues, reviewId]);
  const dismiss = useCallback(() => setDismissed(true), []);
  return { offer: hydrated && !dismissed ? opened : null, dismiss };
}
