import { type ActionState, fieldValue } from "@/lib/action-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";
import { FormField } from "./form-field";

/** An account's email, as a form sends it back (or `initial` before it is sent). */
export function EmailField({ state, initial }: { state: ActionState; initial?: string }) {
  return (
    <FormField
      name="email"
      label="Email"
      type="email"
      autoComplete="email"
      required
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
