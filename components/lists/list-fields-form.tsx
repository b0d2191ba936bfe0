"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { createList, updateList } from "@/app/lists/list-actions";
import { ActionStatus } from "@/components/forms/action-status";
import { FieldErrors, FormField, inputClass } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { type ActionState, fieldValue } from "@/lib/action-state";
import { LIST_NOTE_MAX_LENGTH, LIST_TITLE_MAX_LENGTH } from "@/lib/list-rules";

type Fields = { title: string; note: string | null; ranked: boolean; isPublic: boolean };

const NEW_LIST: Fields = { title: "", note: null, ranked: true, isPublic: true };

/**
 * A list's title, note, ranking and visibility: a new list's (with `soundtrackId`, the review's
 * soundtrack goes on it at once) or an existing one's (`listId`).
 */
export function ListFieldsForm({
  listId,
  initial = NEW_LIST,
  soundtrackId,
  onMade,
  idPrefix = "list",
}: {
  listId?: number;
  initial?: Fields;
  soundtrackId?: number;
  onMade?: (id: number) => void;
  idPrefix?: string;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { state, formAction, pending, onSubmit } = useAction(
    (listId ? updateList : createList) as (p: ActionState, f: FormData) => Promise<ActionState>,
    {
      onDone: (done) => {
        const made = done.data as { id: number } | undefined;
        if (made) form.current?.reset();
        if (made && onMade) onMade(made.id);
        router.refresh();
      },
    },
  );
  const typed = (field: string, fallback: string) => fieldValue(state, field) ?? fallback;
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} className="space-y-4">
      {listId && <input type="hidden" name="listId" value={listId} />}
      {soundtrackId && <input type="hidden" name="soundtrackId" value={soundtrackId} />}
      <FormField
        name="title"
        id={id("title")}
        label="Title"
        required
        maxLength={LIST_TITLE_MAX_LENGTH}
        defaultValue={typed("title", initial.title)}
        errors={state.fieldErrors?.title}
        hint="“Zimmer, best to worst”, “For a rainy Sunday”."
      />
      <div>
        <label htmlFor={id("note")} className="block text-sm font-medium">
          Note <span className="font-normal text-soft">(optional)</span>
        </label>
        <textarea
          id={id("note")}
          name="note"
          rows={3}
          maxLength={LIST_NOTE_MAX_LENGTH}
          defaultValue={typed("note", initial.note ?? "")}
          aria-describedby={`${id("note")}-error`}
          className={inputClass}
        />
        <FieldErrors id={`${id("note")}-error`} errors={state.fieldErrors?.note} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="ranked" defaultChecked={initial.ranked} className="size-4" />
        Ranked: number the soundtracks, best first
      </label>
      <fieldset className="text-sm">
        <legend className="font-medium">Who sees it</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="visibility"
              value="public"
              defaultChecked={initial.isPublic}
              className="size-4"
            />
            Public: on your profile and counted on the reviews
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="visibility"
              value="private"
              defaultChecked={!initial.isPublic}
              className="size-4"
            />
            Private: only you
          </label>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} pendingLabel={listId ? "Saving…" : "Making…"}>
          {listId ? "Save list" : soundtrackId ? "Make the list and add" : "Make the list"}
        </SubmitButton>
        <ActionStatus state={state} pending={pending} quietOnFieldErrors />
      </div>
    </form>
  );
}
