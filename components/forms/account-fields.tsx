import { type ActionState, fieldValue } from "@/lib/action-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";
import { EMAIL_MAX_LENGTH } from "@/lib/email-length";
import { FormField } from "./form-field";

type EmailFieldProps = { state: ActionState; initial?: string; label?: string; id?: string };

/** An email address, as a form sends it back (or `initial` before it is sent). */
export function EmailField({ state, initial, label = "Email", id }: EmailFieldProps) {
  return (
    <FormField
      name="email"
      id={id}
      label={label}
      type="email"
      autoComplete="email"
      required
      maxLength={EMAIL_MAX_LENGTH}
      defaultValue={fieldValue(state, "email") ?? initial}
      errors={state.fieldErrors?.email}
    />
  );
}

type PasswordFieldProps = { name: string; label: string; errors?: string[] };

/** The account's password as it is now: to sign in, or to confirm a change to the account. */
export function CurrentPasswordField({ name, label, errors }: PasswordFieldProps) {
  return (
    <FormField
      name={name}
      label={label}
      type="password"
      autoComplete="current-password"
      required
      errors={errors}
    />
  );
}

/** A password being chosen (sign-up, settings, a reset), with the length it needs. */
export function NewPasswordField({ name, label, errors }: PasswordFieldProps) {
  return (
    <FormField
      name={name}
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      errors={errors}
    />
  );
}
