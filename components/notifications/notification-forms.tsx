"use client";

import { useRouter } from "next/navigation";
import {
  markAllNotificationsRead,
  markNotificationRead,
  saveEmailDigest,
} from "@/app/notifications/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { patchUnread } from "@/components/viewer/viewer-store";
import { SwitchForm } from "@/components/forms/switch-form";

/** After marking: the header's count follows at once, and the list is read again. */
function useMarkAction(action: typeof markNotificationRead | typeof markAllNotificationsRead) {
  const router = useRouter();
  return useAction(action, {
    onDone: (done) => {
      patchUnread(done.data?.unread ?? 0);
      router.refresh();
    },
  });
}

export function MarkAllRead() {
  const { state, formAction, pending, onSubmit } = useMarkAction(markAllNotificationsRead);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <SubmitButton pending={pending} pendingLabel="Marking…" className={quietButtonClass}>
        Mark all as read
      </SubmitButton>
      <ActionStatus state={state} pending={pending} />
    </form>
  );
}

export function MarkRead({ id, label }: { id: number; label: string }) {
  const { state, formAction, pending, onSubmit } = useMarkAction(markNotificationRead);
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton
        pending={pending}
        pendingLabel="Marking…"
        label={label}
        className="rounded-full px-2.5 py-1 text-sm font-medium text-soft hover:bg-stone-100 hover:text-ink dark:hover:bg-stone-800 dark:hover:text-night-ink"
      >
        Mark read
      </SubmitButton>
      <ActionStatus state={state} pending={pending} />
    </form>
  );
}

/** A toggle button (aria-pressed) for the daily email of unread notifications. */
export function DigestToggle({ on }: { on: boolean }) {
  return (
    <SwitchForm action={saveEmailDigest} name="digest" on={on}>
      Email me a daily digest of unread notifications
    </SwitchForm>
  );
}
