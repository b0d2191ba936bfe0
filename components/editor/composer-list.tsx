import { quietButtonClass } from "@/components/forms/button-styles";
import { FieldErrors, inputClass } from "@/components/forms/form-field";

type Props = {
  names: string[];
  /** Every composer already on the site, suggested as the admin types. */
  known: string[];
  onChange: (names: string[]) => void;
  errors?: string[];
};

/** The composers, one a line, each picked from those on the site or typed in new. */
export function ComposerList({ names, known, onChange, errors }: Props) {
  const set = (index: number, name: string) =>
    onChange(names.map((n, i) => (i === index ? name : n)));
  return (
    <fieldset aria-describedby="composers-hint composers-error">
      <legend className="text-sm font-medium">Composers</legend>
      <p id="composers-hint" className="mt-1 text-sm text-soft">
        Start typing to pick one already on the site; a new name adds a new composer.
      </p>
      <datalist id="composer-names">
        {known.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ul className="mt-2 space-y-2">
        {names.map((name, i) => (
          <li key={i} className="flex items-center gap-2">
            <input
              aria-label={`Composer ${i + 1}`}
              list="composer-names"
              value={name}
              onChange={(event) => set(i, event.target.value)}
              aria-invalid={errors?.length ? true : undefined}
              className={`${inputClass} mt-0`}
            />
            {names.length > 1 && (
              <button
                type="button"
                onClick={() => onChange(names.filter((_, j) => j !== i))}
                aria-label={`Remove composer ${i + 1}${name ? ` (${name})` : ""}`}
                className={quietButtonClass}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => onChange([...names, ""])}
        className={`${quietButtonClass} mt-2`}
      >
        Add a composer
      </button>
      <FieldErrors id="composers-error" errors={errors} />
    </fieldset>
  );
}
