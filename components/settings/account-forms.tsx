"use client";

import { useRouter } from "next/navigation";
import { changeAccountPassword, changeEmailAddress, changeName } from "@/app/settings/actions";
import { compactButtonClass } from "@/components/forms/button-styles";
import { FormField } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { reloadViewer } from "@/components/viewer/viewer-store";
import { fieldValue } from "@/lib/action-state";
import { NAME_RULES } from "@/lib/auth/display-name";
import {
  CurrentPasswordField,
  EmailField,
  NewPasswordField,
} from "@/components/forms/account-fields";

const formClass = "max-w-md space-y-4";

export function NameForm({ name }: { name: string }) {
  // The header shows the name: it asks again once the name has changed.
  const { state, formAction, pending, onSubmit } = useAction(changeName, {
    onDone: () => reloadViewer(),
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className={formClass} noValidate>
      <FormField
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={NAME_RULES.maxLength}
        hint="Shown beside your comments and on your profile."
        defaultValue={fieldValue(state, "name") ?? name}
        errors={state.fieldErrors?.name}
      />
      <ActionStatus state={state} pending={pending} pendingText="Saving…" />
      <SubmitButton pending={pending} pendingLabel="Saving…" className={compactButtonClass}>
        Save name
      </SubmitButton>
    </form>
  );
}

export function EmailForm({ email }: { email: string }) {
  const router = useRouter();
  // The section says whether the address is confirmed, and offers a new link when it is not.
  const { state, formAction, pending, onSubmit } = useAction(changeEmailAddress, {
    onDone: () => router.refresh(),
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className={formClass} noValidate>
      <EmailField state={state} initial={email} />
      <CurrentPasswordField
        name="emailPassword"
        label="Current password"
        errors={state.fieldErrors?.emailPassword}
      />
      <ActionStatus state={state} pending={pending} pendingText="Saving…" />
      <SubmitButton pending={pending} pendingLabel="Saving…" className={compactButtonClass}>
        Change email
      </SubmitButton>
    </form>
  );
}

export function PasswordForm() {
  const { state, formAction, pending, onSubmit } = useAction(changeAccountPassword, {
    onDone: () => {
      for (const id of ["currentPassword", "newPassword"]) {
        const input = document.getElementById(id);
        if (input instanceof HTMLInputElement) input.value = "";
      }
    },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className={formClass} noValidate>
      <CurrentPasswordField
        name="currentPassword"
        label="Current password"
        errors={state.fieldErrors?.currentPassword}
      />
      <NewPasswordField
        name="newPassword"
        label="New password"
        errors={state.fieldErrors?.newPassword}
      />
      <ActionStatus state={state} pending={pending} pendingText="Saving…" />
      <SubmitButton pending={pending} pendingLabel="Saving…" className={compactButtonClass}>
        Change password
      </SubmitButton>
    </form>
  );
}
