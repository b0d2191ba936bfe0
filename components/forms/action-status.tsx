import type { ActionState } from "@/lib/action-state";

type ActionStatusProps = {
  state: ActionState;
  pending?: boolean;
  /** Said while the action runs: "Saving…". */
  pendingText?: string;
  /** A message of the form's own that replaces the action's (say, a refused fourth pick). */
  note?: string | null;
  /** Say nothing when the fields' own errors already say it. */
  quietOnFieldErrors?: boolean;
  /** "panel" for the page-level message of a form (sign-in), "inline" under a button. */
  tone?: "inline" | "panel";
  id?: string;
  className?: string;
};

const colours = {
  inline: {
    ok: "text-green-800 dark:text-green-300",
    error: "text-red-700 dark:text-red-400",
    pending: "text-soft",
  },
  panel: {
    ok: "rounded-md bg-green-50 px-3 py-2 text-green-900 dark:bg-green-950 dark:text-green-200",
    error: "rounded-md bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200",
    pending: "px-3 py-2 text-soft",
  },
};

/** Every form's outcome, in one polite live region: green when done, red when not. */
export function ActionStatus({
  state,
  pending = false,
  pendingText,
  note,
  quietOnFieldErrors = false,
  tone = "inline",
  id,
  className = "",
}: ActionStatusProps) {
  const hasFieldErrors = Object.values(state.fieldErrors ?? {}).some((e) => e && e.length > 0);
  let kind: "ok" | "error" | "pending" = state.status === "ok" ? "ok" : "error";
  let message = state.message;
  if (pending) {
    kind = "pending";
    message = pendingText ?? "";
  } else if (note) {
    kind = "error";
    message = note;
  } else if (quietOnFieldErrors && hasFieldErrors) {
    message = "";
  }
  return (
    <div id={id} role="status" aria-live="polite" className={`text-sm ${className}`}>
      {message && <p className={colours[tone][kind]}>{message}</p>}
    </div>
  );
}
