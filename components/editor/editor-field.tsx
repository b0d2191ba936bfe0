import { FieldErrors, inputClass } from "@/components/form-field";

type Common = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  hint?: string;
  className?: string;
};

type InputProps = Common & {
  type?: "text" | "url" | "date";
  inputMode?: "numeric" | "decimal";
  list?: string;
  maxLength?: number;
  placeholder?: string;
};

function describedBy(id: string, hint?: string) {
  return [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="mt-1 text-sm text-soft">
      {hint}
    </p>
  ) : null;
}

/** A labelled field of the editor: its hint and errors tied to it, its value in the editor's state. */
export function EditorInput({
  id,
  label,
  value,
  onChange,
  errors,
  hint,
  className = "",
  ...input
}: InputProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={inputClass}
        {...input}
      />
      <Hint id={id} hint={hint} />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function EditorTextArea({
  id,
  label,
  value,
  onChange,
  errors,
  hint,
  className = "",
  rows = 3,
}: Common & { rows?: number }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={inputClass}
      />
      <Hint id={id} hint={hint} />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
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
