"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { moveInList, removeFromList, setEntryNote } from "@/app/lists/entry-actions";
import { ActionStatus } from "@/components/forms/action-status";
import { quietButtonClass } from "@/components/forms/button-styles";
import { FieldErrors, inputClass } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import type { ActionState } from "@/lib/action-state";
import { ENTRY_NOTE_MAX_LENGTH } from "@/lib/list-rules";

type Entry = { listId: number; soundtrackId: number; filmTitle: string };

const toolClass =
  "rounded-full border border-stone-400 px-3 py-1 text-sm font-medium hover:border-accent aria-disabled:opacity-60 dark:border-stone-600 dark:hover:border-night-accent";

type EntryState = ActionState<string, undefined>;
type EntryAction = (previous: EntryState, form: FormData) => Promise<EntryState>;

function useRefreshing(action: EntryAction) {
  const router = useRouter();
  return useAction(action, { onDone: () => router.refresh() });
}

function Hidden({ listId, soundtrackId }: Entry) {
  return (
    <>
      <input type="hidden" name="listId" value={listId} />
      <input type="hidden" name="soundtrackId" value={soundtrackId} />
    </>
  );
}

/** Up or down one place: a button per direction, each naming the film for screen readers. */
function MoveButton({
  entry,
  to,
  label,
  onMove,
}: {
  entry: Entry;
  to: number;
  label: "up" | "down";
  onMove: () => void;
}) {
  const { state, formAction, pending, onSubmit } = useRefreshing(moveInList);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        onMove();
        onSubmit(event);
      }}
      className="inline-flex items-center gap-2"
    >
      <Hidden {...entry} />
      <input type="hidden" name="to" value={to} />
      <SubmitButton
        pending={pending}
        pendingLabel="Moving…"
        label={`Move ${entry.filmTitle} ${label}`}
        className={toolClass}
      >
        {label === "up" ? "↑ Up" : "↓ Down"}
      </SubmitButton>
      <ActionStatus state={state.status === "error" ? state : { status: "idle", message: "" }} />
    </form>
  );
}

function RemoveButton({ entry }: { entry: Entry }) {
  const { state, formAction, pending, onSubmit } = useRefreshing(removeFromList);
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline-flex items-center gap-2">
      <Hidden {...entry} />
      <SubmitButton
        pending={pending}
        pendingLabel="Removing…"
        label={`Remove ${entry.filmTitle} from the list`}
        className={toolClass}
      >
        Remove
      </SubmitButton>
      <ActionStatus state={state.status === "error" ? state : { status: "idle", message: "" }} />
    </form>
  );
}

function NoteForm({ entry, note }: { entry: Entry; note: string | null }) {
  const { state, formAction, pending, onSubmit } = useRefreshing(setEntryNote);
  const id = `entry-note-${entry.soundtrackId}`;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-soft">
        {note ? "Edit the note" : "Add a note"}
        <span className="sr-only"> on {entry.filmTitle}</span>
      </summary>
      <form action={formAction} onSubmit={onSubmit} className="mt-2 space-y-2">
        <Hidden {...entry} />
        <label htmlFor={id} className="block text-sm font-medium">
          Your note on {entry.filmTitle}
        </label>
        <textarea
          id={id}
          name="note"
          rows={2}
          maxLength={ENTRY_NOTE_MAX_LENGTH}
          defaultValue={note ?? ""}
          aria-describedby={`${id}-error`}
          className={inputClass}
        />
        <FieldErrors id={`${id}-error`} errors={state.fieldErrors?.note} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={pending} pendingLabel="Saving…" className={quietButtonClass}>
            Save note
          </SubmitButton>
          <ActionStatus state={state} pending={pending} quietOnFieldErrors />
        </div>
      </form>
    </details>
  );
}

/** The owner's tools on one entry: move (ranked or not, the order is theirs), remove, annotate. */
export function EntryTools({
  entry,
  position,
  count,
  note,
}: {
  entry: Entry;
  position: number;
  count: number;
  note: string | null;
}) {
  const tools = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // Moved to the top or bottom, the entry loses the button that moved it: the keyboard goes on
  // from its first tool rather than from the start of the page.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (document.activeElement === document.body) tools.current?.querySelector("button")?.focus();
  }, [position]);
  const onMove = () => {
    moved.current = true;
  };
  return (
    <div className="mt-2">
      <div ref={tools} className="flex flex-wrap items-center gap-2">
        {position > 1 && <MoveButton entry={entry} to={position - 1} label="up" onMove={onMove} />}
        {position < count && (
          <MoveButton entry={entry} to={position + 1} label="down" onMove={onMove} />
        )}
        <RemoveButton entry={entry} />
      </div>
      <NoteForm entry={entry} note={note} />
    </div>
  );
}
