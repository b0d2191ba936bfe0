import { useState } from "react";
import { type ActionState, type FormValue, IDLE } from "@/lib/action-state";
import { MAX_COVER_BYTES, type UploadMessages } from "@/lib/image-sniff";
import { sendEditorAction } from "./send-action";

type Upload<Field extends string, Data> = (
  previous: never,
  form: FormData,
) => Promise<ActionState<Field, Data>>;

const OFFLINE = "The upload did not reach the site. Try again.";

/**
 * An image sent to one of the editor's upload actions, its outcome said in one status: the
 * field's own error when the action names one, else its message.
 */
export function useUpload(messages: UploadMessages, onSessionEnded: () => void) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<ActionState>(IDLE);
  /** Refused here, before sending; `field` marks which field is at fault. */
  const refuse = (message: string, field?: string) =>
    setOutcome({ status: "error", message, fieldErrors: field ? { [field]: [message] } : {} });

  /** Whether there is a file no larger than the server takes; if not, says so, sending nothing. */
  const checkFile = (file: File | undefined): file is File => {
    const problem = !file ? messages.missing : file.size > MAX_COVER_BYTES ? messages.tooLarge : "";
    if (problem) refuse(problem);
    return problem === "";
  };

  /** The action's answer; null when the session ended (the editor says so). */
  const send = async <Field extends string, Data>(
    action: Upload<Field, Data>,
    fields: Record<Field, FormValue | Blob>,
  ): Promise<ActionState<Field, Data> | null> => {
    setPending(true);
    const state = await sendEditorAction(action, fields, { offline: OFFLINE, onSessionEnded });
    setPending(false);
    if (!state) return null;
    const errors: Partial<Record<string, string[]>> = state.fieldErrors ?? {};
    const message = Object.values(errors).find((field) => field?.length)?.[0] ?? state.message;
    setOutcome({ status: state.status, message, fieldErrors: errors });
    return state;
  };

  return { pending, outcome, reset: () => setOutcome(IDLE), refuse, checkFile, send };
}
