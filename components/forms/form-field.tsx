type FormFieldProps = {
  name: string;
  /** The field's id, when `name` is not unique on the page (a small form on a long one). */
  id?: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
};

export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-accent dark:border-stone-600 dark:bg-stone-900 dark:text-night-ink aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

/** A labelled input whose errors are announced as they arrive and stay tied to the field. */
export function FormField({
  name,
  id = name,
  label,
  type = "text",
  errors,
  hint,
  ...input
}: FormFieldProps) {
  const errorId = `${id}-error`;
  // An error takes the hint's place: "At least 10 characters." beside "Use at least 10
  // characters." said the same thing twice.
  const shownHint = errors?.length ? undefined : hint;
  const hintId = shownHint ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        className={inputClass}
        {...input}
      />
      {shownHint && (
        <p id={hintId} className="mt-1 text-sm text-soft">
          {shownHint}
        </p>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** A field's errors in a polite live region that the field points at with aria-describedby. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
      {errors?.map((e) => (
        <p key={e} className="mt-1">
          {e}
        </p>
      ))}
    </div>
  );
}
