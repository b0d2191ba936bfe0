"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { banReader, unbanReader } from "@/app/admin/moderation/actions";
import { FieldErrors, inputClass } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { BAN_REASON_MAX_LENGTH } from "@/lib/moderation";

const openerClass =
  "rounded px-1.5 py-1 text-sm font-medium text-soft underline-offset-4 hover:text-ink hover:underline dark:hover:text-night-ink";

type BanReaderProps = { userId: string; name: string; banned: boolean };

/**
 * Ban a reader, or lift their ban, with a reason: asked for inline, under the reader's name. The
 * page is read again afterwards, so the row says whether they are banned now.
 */
export function BanReader({ userId, name, banned }: BanReaderProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [last, setLast] = useState<"ban" | "unban">("ban");
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const uid = useId();
  const done = () => {
    setOpen(false);
    router.refresh();
  };
  const ban = useAction(banReader, { onSend: () => setLast("ban"), onDone: done });
  const unban = useAction(unbanReader, { onSend: () => setLast("unban"), onDone: done });
  const { state, formAction, pending, onSubmit } = banned ? unban : ban;
  const errors = state.fieldErrors?.reason;

  useEffect(() => {
    if (!open && wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const what = banned ? `Lift the ban on ${name}` : `Ban ${name}`;
  return (
    <div className={open ? "basis-full" : ""}>
      {open ? (
        <form
          action={formAction}
          onSubmit={onSubmit}
          noValidate
          aria-label={what}
          className="mt-2 max-w-xl rounded-lg border border-stone-300 p-4 dark:border-stone-700"
        >
          <input type="hidden" name="userId" value={userId} />
          <label htmlFor={`${uid}-reason`} className="block text-sm font-semibold">
            {banned ? "Why lift the ban?" : `Why ban ${name}?`}
          </label>
          <p id={`${uid}-hint`} className="text-sm text-soft">
            {banned
              ? "Kept in the audit log."
              : "They will see this if they try to comment, score or like."}
          </p>
          <textarea
            id={`${uid}-reason`}
            name="reason"
            rows={2}
            required
            autoFocus
            maxLength={BAN_REASON_MAX_LENGTH}
            aria-invalid={errors ? true : undefined}
            aria-describedby={`${uid}-hint ${uid}-error`}
            className={`${inputClass} resize-y`}
          />
          <FieldErrors id={`${uid}-error`} errors={errors} />
          <div className="mt-3 flex flex-wrap gap-2">
            <SubmitButton pending={pending} pendingLabel={banned ? "Lifting…" : "Banning…"}>
              {banned ? "Lift the ban" : "Ban reader"}
            </SubmitButton>
            <button type="button" onClick={() => setOpen(false)} className={openerClass}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          ref={openerRef}
          type="button"
          aria-expanded={false}
          onClick={() => setOpen(true)}
          className={openerClass}
        >
          {what}
        </button>
      )}
      <ActionStatus
        state={last === "ban" ? ban.state : unban.state}
        pending={pending}
        quietOnFieldErrors
      />
    </div>
  );
}
