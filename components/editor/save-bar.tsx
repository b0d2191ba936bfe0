import { compactButtonClass } from "@/components/forms/button-styles";
import type { SyncStatus } from "./use-editor-sync";

const tones = {
  ok: "text-green-800 dark:text-green-300",
  error: "text-red-700 dark:text-red-400",
  quiet: "text-soft",
};

/** Save, and what became of the last save or autosave, always in reach at the foot of the screen. */
export function SaveBar({
  pending,
  status,
}: {
  pending: "save" | "autosave" | null;
  status: SyncStatus;
}) {
  return (
    <div className="sticky bottom-0 z-10 -mx-4 border-t border-stone-300 bg-paper/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 dark:border-stone-700 dark:bg-night/95">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p
          id="save-status"
          role="status"
          aria-live="polite"
          className={`min-w-0 text-sm ${tones[status.tone]}`}
        >
          {pending === "save"
            ? "Saving…"
            : pending === "autosave"
              ? "Saving a copy…"
              : status.message}
        </p>
        <button
          type="submit"
          aria-disabled={pending === "save" || undefined}
          aria-describedby="save-status"
          className={compactButtonClass}
        >
          {pending === "save" ? "Saving…" : "Save"}
        </button>
      </div>
    </div>
  );
}
