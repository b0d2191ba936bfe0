import { wrote } from "@/components/viewer/own-writes";
import { type ActionState, type FormValue, IDLE } from "@/lib/action-state";
import { toFormData } from "@/lib/editor-values";

type Options = {
  /** The error said when the site cannot be reached. */
  offline: string;
  onSessionEnded: () => void;
};

/**
 * Calls one of the editor's actions from the browser, outside a form's own submission. The end of
 * the session is the editor's to say (onSessionEnded), so the caller then gets null. After a write
 * the pages it changed are brought up to date in this browser, as every form's useAction does.
 */
export async function sendEditorAction<S extends ActionState<string, unknown>>(
  // The editor's actions do not read the previous state: each call stands alone.
  action: (previous: never, form: FormData) => Promise<S>,
  fields: FormData | Record<string, FormValue | Blob>,
  { offline, onSessionEnded }: Options,
): Promise<S | null> {
  const form = fields instanceof FormData ? fields : toFormData(fields);
  const state = await action(IDLE as never, form).catch(
    () => ({ status: "error", code: "offline", message: offline }) as S,
  );
  if (state.code === "session-ended") {
    onSessionEnded();
    return null;
  }
  if (state.status === "ok" && state.written) wrote(state.written);
  return state;
}
