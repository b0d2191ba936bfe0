"use client";

import type { FormEvent, ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionStatus } from "./action-status";
import { dangerButtonClass, quietButtonClass } from "./button-styles";
import { SubmitButton } from "./submit-button";

type Props = {
  /** From useAction: the form's action, its pending state and its answer. */
  action: {
    formAction: (form: FormData) => void;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    pending: boolean;
    state: ActionState;
  };
  /** What is asked, saying what cannot be undone. */
  question: ReactNode;
  confirm: { label: string; pendingLabel: string; name?: string; value?: string };
  keepLabel: string;
  onKeep: () => void;
  /** The form's hidden fields. */
  children: ReactNode;
};

/** The confirming step of something that cannot be undone: the question, a danger button, a way back. */
export function ConfirmForm({ action, question, confirm, keepLabel, onKeep, children }: Props) {
  return (
    <form
      action={action.formAction}
      onSubmit={action.onSubmit}
      className="space-y-2 rounded-md border border-red-300 p-3 dark:border-red-800"
    >
      <p className="text-sm">{question}</p>
      {children}
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          pending={action.pending}
          pendingLabel={confirm.pendingLabel}
          name={confirm.name}
          value={confirm.value}
          className={dangerButtonClass}
        >
          {confirm.label}
        </SubmitButton>
        <button type="button" className={quietButtonClass} onClick={onKeep}>
          {keepLabel}
        </button>
      </div>
      <ActionStatus state={action.state} pending={action.pending} />
    </form>
  );
}
