"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { deleteComments, hideComments, unhideComments } from "@/app/admin/moderation/actions";
import { dangerButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { commentCount, NOTHING_SELECTED } from "@/lib/moderation";

type Intent = "hide" | "unhide" | "delete";

/**
 * The bar that acts on the comments ticked in the list below it. The list is the server's; its
 * tick boxes belong to this bar's form through their `form` attribute, so a row can hold forms
 * of its own (a ban) without nesting one form in another.
 */
type BulkModerationProps = { formId: string; hasRows: boolean; children: ReactNode };

export function BulkModeration({ formId, hasRows, children }: BulkModerationProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const selectAllRef = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState(0);
  const [total, setTotal] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [last, setLast] = useState<Intent>("hide");
  const [note, setNote] = useState<string | null>(null);

  const boxes = () =>
    Array.from(formRef.current?.elements ?? []).filter(
      (el): el is HTMLInputElement => el instanceof HTMLInputElement && el.name === "commentIds",
    );
  /** Reads the tick boxes themselves (a browser may restore them), and returns how many are ticked. */
  const recount = () => {
    const all = boxes();
    const ticked = all.filter((box) => box.checked).length;
    setSelected(ticked);
    setTotal(all.length);
    return ticked;
  };
  useEffect(() => {
    if (selectAllRef.current) {
      selectAllRef.current.indeterminate = selected > 0 && selected < total;
    }
  }, [selected, total]);

  // Focus moves into the question when it opens, and back to "Delete…" when it closes.
  const asking = confirming && selected > 0;
  const confirmRef = useRef<HTMLDivElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.querySelector("button")?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = asking;
  }, [asking]);

  const done = () => {
    for (const box of boxes()) box.checked = false;
    recount();
    setConfirming(false);
    router.refresh();
  };
  const actions = {
    hide: useAction(hideComments, { onDone: done }),
    unhide: useAction(unhideComments, { onDone: done }),
    delete: useAction(deleteComments, { onDone: done }),
  };
  const pending = Object.values(actions).some((a) => a.pending);

  /** Whether any comment is ticked; the bar says so when none is. */
  const anySelected = () => {
    const any = recount() > 0;
    setNote(any ? null : NOTHING_SELECTED);
    return any;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const intent = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)
      ?.value;
    if (pending || (intent !== "hide" && intent !== "unhide" && intent !== "delete")) return;
    if (!anySelected()) return;
    setLast(intent);
    actions[intent].onSubmit(event);
  };

  const askToDelete = () => {
    if (anySelected()) setConfirming(true);
  };

  const selectAll = (checked: boolean) => {
    for (const box of boxes()) box.checked = checked;
    recount();
  };

  return (
    <>
      <form
        ref={formRef}
        id={formId}
        onSubmit={onSubmit}
        aria-label="Act on the selected comments"
        className={
          hasRows
            ? "sticky top-0 z-10 -mx-2 mb-4 border-b border-stone-300 bg-paper/95 px-2 py-3 backdrop-blur dark:border-stone-700 dark:bg-night/95"
            : "mb-4"
        }
      >
        <div className={hasRows ? "flex flex-wrap items-center gap-x-4 gap-y-3" : "hidden"}>
          <label className="inline-flex cursor-pointer items-center gap-2 text-sm font-medium">
            <input
              ref={selectAllRef}
              type="checkbox"
              checked={total > 0 && selected === total}
              onChange={(e) => selectAll(e.currentTarget.checked)}
              className="size-5 accent-accent dark:accent-night-accent"
            />
            Select all on this page
          </label>
          <p className="text-sm text-soft tabular-nums" aria-live="polite">
            {selected === 0 ? "None selected" : `${commentCount(selected)} selected`}
          </p>
          <div className="flex flex-wrap gap-2 sm:ml-auto">
            <SubmitButton
              name="intent"
              value="hide"
              pending={actions.hide.pending}
              pendingLabel="Hiding…"
            >
              Hide
            </SubmitButton>
            <SubmitButton
              name="intent"
              value="unhide"
              pending={actions.unhide.pending}
              pendingLabel="Unhiding…"
              className={quietButtonClass}
            >
              Unhide
            </SubmitButton>
            {!asking && (
              <button
                ref={deleteRef}
                type="button"
                onClick={askToDelete}
                className={quietButtonClass}
              >
                Delete…
              </button>
            )}
          </div>
        </div>
        {hasRows && asking && (
          <div
            ref={confirmRef}
            role="group"
            aria-label="Confirm deletion"
            className="mt-3 flex flex-wrap items-center gap-3 rounded-lg bg-red-50 px-3 py-2 text-sm dark:bg-red-950/60"
          >
            <span className="font-medium">
              Delete {commentCount(selected)}? Readers will no longer see{" "}
              {selected === 1 ? "it" : "them"}.
            </span>
            <SubmitButton
              name="intent"
              value="delete"
              pending={actions.delete.pending}
              pendingLabel="Deleting…"
              className={dangerButtonClass}
            >
              Yes, delete {commentCount(selected)}
            </SubmitButton>
            <button type="button" onClick={() => setConfirming(false)} className={quietButtonClass}>
              Keep them
            </button>
          </div>
        )}
        <ActionStatus
          state={actions[last].state}
          pending={pending}
          pendingText="Working…"
          note={note}
          className="mt-2 min-h-5"
        />
      </form>
      <div onChange={recount}>{children}</div>
    </>
  );
}
