import { FieldErrors, inputClass } from "@/components/forms/form-field";
import type { EditorValues } from "@/lib/editor-values";
import type { FieldErrors as Errors, SetValues } from "./editor-types";

type FieldProps = {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  className?: string;
};

/** What ties a field's control to its label, hint and errors. */
type Control = { id: string; "aria-invalid": true | undefined; "aria-describedby": string };

/**
 * A labelled field of the editor around its control, with its hint and errors after it, tied as
 * components/forms/form-field.tsx ties the site's other forms' (whose fields are not controlled).
 */
export function EditorField({
  id,
  label,
  errors,
  hint,
  className = "",
  children,
}: FieldProps & { children: (control: Control) => React.ReactNode }) {
  const control: Control = {
    id,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" "),
  };
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children(control)}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-soft">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

type TextProps = FieldProps & { value: string; onChange: (value: string) => void };

/** A one-line field whose value lives in the editor's state. */
export function EditorInput({
  value,
  onChange,
  type,
  inputMode,
  placeholder,
  ...field
}: TextProps & {
  type?: "text" | "url";
  inputMode?: "numeric" | "decimal";
  placeholder?: string;
}) {
  return (
    <EditorField {...field}>
      {(control) => (
        <input
          {...control}
          type={type}
          inputMode={inputMode}
          placeholder={placeholder}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={inputClass}
        />
      )}
    </EditorField>
  );
}

export function EditorTextArea({
  value,
  onChange,
  rows = 3,
  ...field
}: TextProps & { rows?: number }) {
  return (
    <EditorField {...field}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={inputClass}
        />
      )}
    </EditorField>
  );
}

/** A titled group of fields. */
export function EditorSection({
  title,
  id,
  children,
}: {
  title: string;
  id: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-lg border border-stone-300 p-4 sm:p-6 dark:border-stone-700"
    >
      <h2 id={`${id}-heading`} className="font-serif text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

type TextField = {
  [K in keyof EditorValues]: EditorValues[K] extends string ? K : never;
}[keyof EditorValues];

/** Binds a text field to the editor's state: `<EditorInput {...field("label")} label="…" />`. */
export function fieldsOf(values: EditorValues, set: SetValues, errors: Errors) {
  return (id: TextField) => ({
    id,
    value: values[id],
    onChange: (value: string) => set({ [id]: value }),
    errors: errors[id],
  });
}
