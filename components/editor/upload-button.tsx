import { quietButtonClass } from "@/components/forms/button-styles";

type Props = { label: string; pending: boolean; disabled: boolean; onClick: () => void };

/** Sends the chosen image: "Uploading…" while it goes, and still focusable then. */
export function UploadButton({ label, pending, disabled, onClick }: Props) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-disabled={pending || undefined}
      className={quietButtonClass}
    >
      {pending ? "Uploading…" : label}
    </button>
  );
}
