import { useState } from "react";
import { type ActionState, type FormValue, IDLE } from "@/lib/action-state";
import { sendEditorAction } from "./send-action";

type EditorAction<Field extends string, Data> = (
  previous: never,
  form: FormData,
) => Promise<ActionState<Field, Data>>;

/**
 * One of the editor's actions sent from a button, its outcome said in one status: the field's own
 * error when the action names one, else its message. `offline` is said when the site cannot be
 * reached.
 */
export function useEditorAction(offline: string, onSessionEnded: () => void) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<ActionState>(IDLE);
  /** Refused here, before sending; `field` marks which field is at fault. */
  const refuse = (message: string, field?: string) =>
    setOutcome({ status: "error", message, fieldErrors: field ? { [field]: [message] } : {} });

  /** The action's answer; null when the session ended (the editor says so). */
  const send = async <Field extends string, Data>(
    action: EditorAction<Field, Data>,
    fields: Record<Field, FormValue | Blob>,
  ): Promise<ActionState<Field, Data> | null> => {
    setPending(true);
    const state = await sendEditorAction(action, fields, { offline, onSessionEnded });
    setPending(false);
    if (!state) return null;
    const errors: Partial<Record<string, string[]>> = state.fieldErrors ?? {};
    const message = Object.values(errors).find((field) => field?.length)?.[0] ?? state.message;
    setOutcome({ status: state.status, message, fieldErrors: errors });
    return state;
  };

  return { pending, outcome, reset: () => setOutcome(IDLE), refuse, send };
}
