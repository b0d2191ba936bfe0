import type { ReactNode } from "react";
import { compactButtonClass } from "@/components/forms/button-styles";

type SubmitButtonProps = {
  pending: boolean;
  /** What the button says while the action runs: "Posting…". */
  pendingLabel: string;
  children: ReactNode;
  className?: string;
  /** An accessible name when the visible text is not enough. */
  label?: string;
  /** For forms with two submit buttons ("Save" and "Remove"): the one pressed is sent. */
  name?: string;
  value?: string;
};

/** Every form's submit button: still focusable while pending (aria-disabled), never a double send. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  className = compactButtonClass,
  label,
  name,
  value,
}: SubmitButtonProps) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={pending || undefined}
      aria-label={pending ? undefined : label}
      className={className}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
