import { useCallback, useEffect, useRef, useState } from "react";
import {
  type AutosaveData,
  autosaveReview,
  type SaveData,
  saveReview,
} from "@/app/admin/reviews/actions";
import type { ActionState } from "@/lib/action-state";
import { SESSION_ENDED } from "@/lib/editor-schemas";
import { editorText } from "@/lib/editor-text";
import { editorFormData, type EditorValues, withTrackIds } from "@/lib/editor-values";
import type { FieldErrors } from "./editor-types";
import { sendEditorAction } from "./send-action";
import { formatClock } from "./when";

const AUTOSAVE_MS = 5000;
const OFFLINE =
  "The site could not be reached. What you typed is kept in this browser; it is saved once the connection is back.";

export type Saved = Partial<Omit<AutosaveData, "problem">> & {
  created: boolean;
  /** The headline the review now holds, when this request changed the review itself. */
  headline?: string;
};
export type SyncStatus = { tone: "ok" | "error" | "quiet"; message: string };
/** What became of a request: done, or why not. */
export type Outcome = { ok: true } | { ok: false; message: string };

type Options = {
  initialReviewId: number | null;
  values: EditorValues;
  /** The form as the server has it when the editor opens. */
  initialValues: EditorValues;
  /** Published or scheduled: autosaves go to the history only. */
  placed: boolean;
  timeZone: string;
  onSaved: (saved: Saved) => void;
  onSessionEnded: () => void;
};

function autosaveMessage(data: AutosaveData | undefined, placed: boolean, at: string) {
  if (data?.kept === "draft") return `Draft saved automatically at ${at}.`;
  if (data?.problem) {
    return `Changes kept in the history at ${at}. The draft itself is saved once this is fixed: ${data.problem}`;
  }
  return `Changes kept in the history at ${at}. Press Save to update the ${placed ? "review on the site" : "draft"}.`;
}

/**
 * Sends the form to the server, one request at a time: Save, and an autosave a few seconds after
 * a change or when a field is left. Nothing is sent twice: a request carries the track ids and the
 * review id the ones before it were given.
 */
export function useEditorSync(options: Options) {
  const [reviewId, setReviewId] = useState(options.initialReviewId);
  const [pending, setPending] = useState<"save" | "autosave" | null>(null);
  const [status, setStatus] = useState<SyncStatus>({ tone: "quiet", message: "" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const latest = useRef(options);
  const known = useRef({
    reviewId: options.initialReviewId,
    trackIds: {} as Record<string, number>,
  });
  // What the server has: the form as it opened (worked out once, not at every keystroke's
  // render), then what each request sent.
  const [opened] = useState(() => editorText(options.initialValues));
  const sent = useRef(opened);
  // What the review itself holds: a save's text, or a draft's autosave's. An autosave that the
  // history alone kept (a live review, a draft with a field to fix) leaves it as it was.
  const stored = useRef(opened);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = options;
  });

  type Reply = Omit<Saved, "created" | "headline"> | undefined;
  const saved = useCallback((values: EditorValues, data: Reply) => {
    const text = editorText(values);
    sent.current = text;
    const holds = data?.kept === undefined || data.kept === "draft";
    if (holds) stored.current = text;
    const created = known.current.reviewId === null && data?.reviewId !== undefined;
    if (data?.reviewId !== undefined) {
      known.current.reviewId = data.reviewId;
      setReviewId(data.reviewId);
    }
    Object.assign(known.current.trackIds, data?.trackIds);
    latest.current.onSaved({ ...data, created, ...(holds && { headline: values.headline }) });
  }, []);

  const send = useCallback(
    (kind: "save" | "autosave"): Promise<Outcome> => {
      const run = async (): Promise<Outcome> => {
        const values = withTrackIds(latest.current.values, known.current.trackIds);
        const text = editorText(values);
        if (kind === "autosave" && text === sent.current) return { ok: true };
        const id = known.current.reviewId;
        const form = editorFormData(values, id === null ? {} : { reviewId: String(id) });
        setPending(kind);
        const action = kind === "save" ? saveReview : autosaveReview;
        const state = await sendEditorAction<ActionState<string, SaveData | AutosaveData>>(
          action,
          form,
          { offline: OFFLINE, onSessionEnded: () => latest.current.onSessionEnded() },
        );
        setPending(null);
        const at = formatClock(Date.now(), latest.current.timeZone);
        if (!state) return { ok: false, message: SESSION_ENDED };
        // Unreachable, the site checked nothing: the errors of the last save still stand.
        if (kind === "save" && state.code !== "offline") setFieldErrors(state.fieldErrors ?? {});
        if (state.status === "ok") {
          saved(values, state.data);
          const message =
            kind === "save"
              ? `${state.message} (${at})`
              : autosaveMessage(state.data as AutosaveData, latest.current.placed, at);
          setStatus({ tone: kind === "save" ? "ok" : "quiet", message });
          return { ok: true };
        }
        const kept = (state.data as AutosaveData | undefined)?.kept === "browser";
        setStatus({ tone: kept ? "quiet" : "error", message: state.message });
        return { ok: false, message: state.message };
      };
      const next = queue.current.then(run, run);
      queue.current = next.then(() => undefined);
      return next;
    },
    [saved],
  );

  /**
   * Saves what the form says when the review does not hold it yet (before it is published),
   * after whatever is already on its way; says why not when it cannot be saved as it is.
   */
  const saveFirst = useCallback(async (): Promise<Outcome> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    await queue.current;
    const values = withTrackIds(latest.current.values, known.current.trackIds);
    if (editorText(values) === stored.current) return { ok: true };
    return send("save");
  }, [send]);

  /** Autosaves now, if anything changed since the last request. */
  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    void send("autosave");
  }, [send]);

  useEffect(() => {
    if (timer.current !== null || editorText(options.values) === sent.current) return;
    timer.current = setTimeout(flush, AUTOSAVE_MS);
  });

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    document.addEventListener("visibilitychange", hidden);
    return () => {
      document.removeEventListener("visibilitychange", hidden);
      // Leaving the editor within the site: what is left unsent goes now.
      if (timer.current !== null) flush();
    };
  }, [flush]);

  /** After a restore: the server has this version now. */
  const adopt = useCallback(
    (values: EditorValues, data: Omit<Saved, "created" | "headline">) => saved(values, data),
    [saved],
  );

  return {
    reviewId,
    pending,
    status,
    fieldErrors,
    save: () => send("save"),
    saveFirst,
    flush,
    adopt,
    setStatus,
  };
}
