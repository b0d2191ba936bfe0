"use client";

import { useRouter } from "next/navigation";
import { deleteOwnAccount, signOutEverywhere } from "@/app/settings/actions";
import { dangerButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { reloadViewer } from "@/components/viewer/viewer-store";
import { CurrentPasswordField } from "@/components/forms/account-fields";
import { ACCOUNT_DELETED_HREF } from "./account-deleted-notice";

/** After either form, this browser is signed out: the islands forget the reader, and it goes. */
function useLeave(to: string) {
  const router = useRouter();
  return () => {
    reloadViewer();
    router.push(to);
  };
}

export function SignOutEverywhereForm() {
  const leave = useLeave("/sign-in?callbackUrl=%2Fsettings");
  const { state, formAction, pending, onSubmit } = useAction(signOutEverywhere, {
    onDone: leave,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3" noValidate>
      <SubmitButton pending={pending} pendingLabel="Signing out…" className={quietButtonClass}>
        Sign out everywhere
      </SubmitButton>
      <ActionStatus state={state} pending={pending} pendingText="Signing out…" />
    </form>
  );
}

export function DeleteAccountForm() {
  const leave = useLeave(ACCOUNT_DELETED_HREF);
  const { state, formAction, pending, onSubmit } = useAction(deleteOwnAccount, {
    onDone: leave,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="max-w-md space-y-4" noValidate>
      <CurrentPasswordField
        name="deletePassword"
        label="Your password, to confirm"
        errors={state.fieldErrors?.deletePassword}
      />
      <ActionStatus state={state} pending={pending} pendingText="Deleting your account…" />
      <SubmitButton pending={pending} pendingLabel="Deleting…" className={dangerButtonClass}>
        Delete my account
      </SubmitButton>
    </form>
  );
}
