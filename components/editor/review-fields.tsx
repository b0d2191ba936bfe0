import { inputClass } from "@/components/forms/form-field";
import type { EditorValues } from "@/lib/editor-values";
import { EditorField, EditorInput, EditorSection, EditorTextArea, fieldsOf } from "./editor-field";
import type { FieldErrors, SetValues } from "./editor-types";

type Props = {
  values: EditorValues;
  set: SetValues;
  errors: FieldErrors;
  /** Set once the admin types an address of their own: it stops following the headline. */
  onSlugEdited: () => void;
};

const SLUG_HINT =
  "Made from the headline until you change it. Once the review has been published, its old address keeps leading to the new one.";
const SCORES = Array.from({ length: 21 }, (_, i) => (i / 2).toFixed(1));

/** Headline, address, summary and the critic's score. */
export function ReviewFields({ values, set, errors, onSlugEdited }: Props) {
  // A score stored in tenths off the half-point steps (an imported 8.6) stays a choice.
  const scores =
    SCORES.includes(values.criticScore) || values.criticScore === ""
      ? SCORES
      : [...SCORES, values.criticScore].sort((a, b) => Number(a) - Number(b));
  const field = fieldsOf(values, set, errors);
  return (
    <EditorSection title="Headline and score" id="headline">
      <EditorInput {...field("headline")} label="Headline" />
      <EditorField id="slug" label="Address" hint={SLUG_HINT} errors={errors.slug}>
        {(control) => (
          <div className="mt-1 flex items-center gap-1">
            <span className="text-sm text-soft">/reviews/</span>
            <input
              {...control}
              value={values.slug}
              onChange={(event) => {
                onSlugEdited();
                set({ slug: event.target.value });
              }}
              className={`${inputClass} mt-0 font-mono text-sm`}
            />
          </div>
        )}
      </EditorField>
      <EditorTextArea
        {...field("summary")}
        label="Summary"
        hint="A sentence or two for the review’s card and for search results."
      />
      <EditorField
        id="criticScore"
        label="Critic score"
        errors={errors.criticScore}
        className="max-w-48"
      >
        {(control) => (
          <select
            {...control}
            value={values.criticScore}
            onChange={(event) => set({ criticScore: event.target.value })}
            className={inputClass}
          >
            <option value="">No score</option>
            {scores.map((score) => (
              <option key={score} value={score}>
                {score} / 10
              </option>
            ))}
          </select>
        )}
      </EditorField>
    </EditorSection>
  );
}
