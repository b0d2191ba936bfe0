"use client";

import Link from "next/link";
import { addToList } from "@/app/lists/entry-actions";
import { ActionStatus } from "@/components/forms/action-status";
import { FieldErrors, inputClass } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { usePrivateJson } from "@/components/viewer/use-private-json";
import { ENTRY_NOTE_MAX_LENGTH, type MyListsPayload, readerListPath } from "@/lib/list-rules";
import { ListFieldsForm } from "./list-fields-form";

function AddForm({
  soundtrackId,
  payload,
  onAdded,
}: {
  soundtrackId: number;
  payload: MyListsPayload;
  onAdded: () => void;
}) {
  const { state, formAction, pending, onSubmit } = useAction(addToList, { onDone: onAdded });
  const first = payload.lists.find((l) => !l.holds) ?? payload.lists[0];
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="soundtrackId" value={soundtrackId} />
      <div>
        <label htmlFor="add-to-list-list" className="block text-sm font-medium">
          List
        </label>
        <select id="add-to-list-list" name="listId" defaultValue={first?.id} className={inputClass}>
          {payload.lists.map((list) => (
            <option key={list.id} value={list.id}>
              {list.title}
              {list.holds ? " (already on it)" : ""}
              {list.isPublic ? "" : " · private"}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="add-to-list-note" className="block text-sm font-medium">
          Your note <span className="font-normal text-soft">(optional)</span>
        </label>
        <textarea
          id="add-to-list-note"
          name="note"
          rows={2}
          maxLength={ENTRY_NOTE_MAX_LENGTH}
          aria-describedby="add-to-list-note-error"
          className={inputClass}
        />
        <FieldErrors id="add-to-list-note-error" errors={state.fieldErrors?.note} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} pendingLabel="Adding…">
          Add
        </SubmitButton>
        <ActionStatus state={state} pending={pending} quietOnFieldErrors />
      </div>
    </form>
  );
}

/**
 * The signed-in reader's lists, fetched when they open "Add to a list": add to one, or make one.
 * `loading` is what shows meanwhile, as while this module loads.
 */
export function AddToListPanel({
  soundtrackId,
  loading,
}: {
  soundtrackId: number;
  loading: React.ReactNode;
}) {
  const { state: fetched, reload } = usePrivateJson<MyListsPayload>(
    `/api/my-lists?soundtrack=${soundtrackId}`,
  );
  if (fetched.status === "loading") return loading;
  if (fetched.status === "failed") {
    return (
      <p className="mt-3 text-soft">Your lists couldn’t be loaded just now: reload to try again.</p>
    );
  }
  const state = fetched.data;
  const holding = state.lists.filter((l) => l.holds);
  return (
    <div className="mt-4 space-y-5">
      {holding.length > 0 && (
        <p className="text-sm">
          On your {holding.length === 1 ? "list" : "lists"}{" "}
          {holding.map((l, i) => (
            <span key={l.id}>
              {i > 0 && ", "}
              <Link href={readerListPath(state.handle, l.id)} className="link-accent">
                {l.title}
              </Link>
            </span>
          ))}
          .
        </p>
      )}
      {state.lists.length > 0 ? (
        <AddForm soundtrackId={soundtrackId} payload={state} onAdded={reload} />
      ) : (
        <p className="text-sm text-soft">
          You have no lists yet: make one with this soundtrack on it.
        </p>
      )}
      <details
        open={state.lists.length === 0}
        className="rounded-md border border-stone-300 p-3 dark:border-stone-700"
      >
        <summary className="cursor-pointer text-sm font-medium">Make a new list with it</summary>
        <div className="mt-3">
          <ListFieldsForm soundtrackId={soundtrackId} onMade={reload} idPrefix="new-list" />
        </div>
      </details>
    </div>
  );
}
