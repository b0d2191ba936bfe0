import { inputClass, FieldErrors as Errors } from "@/components/form-field";
import type { EditorValues } from "@/lib/editor-values";
import { EditorInput, EditorSection, EditorTextArea } from "./editor-field";
import type { FieldErrors, SetValues } from "./editor-types";

type Props = {
  values: EditorValues;
  set: SetValues;
  errors: FieldErrors;
  /** Set once the admin types an address of their own: it stops following the headline. */
  onSlugEdited: () => void;
};

const SCORES = Array.from({ length: 21 }, (_, i) => (i / 2).toFixed(1));

/** Headline, address, summary and the critic's score. */
export function ReviewFields({ values, set, errors, onSlugEdited }: Props) {
  // A score stored in tenths off the half-point steps (an imported 8.6) stays a choice.
  const scores =
    SCORES.includes(values.criticScore) || values.criticScore === ""
      ? SCORES
      : [...SCORES, values.criticScore].sort((a, b) => Number(a) - Number(b));
  return (
    <EditorSection title="Headline and score" id="headline">
      <EditorInput
        id="headline"
        label="Headline"
        value={values.headline}
        onChange={(headline) => set({ headline })}
        errors={errors.headline}
      />
      <div>
        <label htmlFor="slug" className="block text-sm font-medium">
          Address
        </label>
        <div className="mt-1 flex items-center gap-1">
          <span className="text-sm text-soft">/reviews/</span>
          <input
            id="slug"
            value={values.slug}
            onChange={(event) => {
              onSlugEdited();
              set({ slug: event.target.value });
            }}
            aria-invalid={errors.slug?.length ? true : undefined}
            aria-describedby="slug-hint slug-error"
            className={`${inputClass} mt-0 font-mono text-sm`}
          />
        </div>
        <p id="slug-hint" className="mt-1 text-sm text-soft">
          Made from the headline until you change it. Once the review has been published, its old
          address keeps leading to the new one.
        </p>
        <Errors id="slug-error" errors={errors.slug} />
      </div>
      <EditorTextArea
        id="summary"
        label="Summary"
        hint="A sentence or two for the review’s card and for search results."
        value={values.summary}
        onChange={(summary) => set({ summary })}
        errors={errors.summary}
      />
      <div className="max-w-48">
        <label htmlFor="criticScore" className="block text-sm font-medium">
          Critic score
        </label>
        <select
          id="criticScore"
          value={values.criticScore}
          onChange={(event) => set({ criticScore: event.target.value })}
          aria-invalid={errors.criticScore?.length ? true : undefined}
          aria-describedby="criticScore-error"
          className={inputClass}
        >
          <option value="">No score</option>
          {scores.map((score) => (
            <option key={score} value={score}>
              {score} / 10
            </option>
          ))}
        </select>
        <Errors id="criticScore-error" errors={errors.criticScore} />
      </div>
    </EditorSection>
  );
}
