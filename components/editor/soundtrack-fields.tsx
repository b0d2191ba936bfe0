import type { EditorValues } from "@/lib/editor-values";
import { describeReleaseDate, parseReleaseDate } from "@/lib/release-date";
import { ComposerList } from "./composer-list";
import { CoverUpload } from "./cover-upload";
import { EditorInput, EditorSection, fieldsOf } from "./editor-field";
import type { FieldErrors, SetValues } from "./editor-types";

type Props = {
  values: EditorValues;
  set: SetValues;
  errors: FieldErrors;
  composers: string[];
  reviewId: number | null;
  coverUrl: string | null;
  onSessionEnded: () => void;
};

/** How the release date reads as typed, or how to type it. */
function releaseDateHint(typed: string): string {
  const iso = parseReleaseDate(typed);
  return iso ? `Reads as ${describeReleaseDate(iso)}.` : "Day, month, year: 14/03/2025.";
}

/** The film and the album: what the review is about. */
export function SoundtrackFields({
  values,
  set,
  errors,
  composers,
  reviewId,
  coverUrl,
  onSessionEnded,
}: Props) {
  const field = fieldsOf(values, set, errors);
  return (
    <EditorSection title="The soundtrack" id="soundtrack">
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <EditorInput {...field("filmTitle")} label="Film" />
        <EditorInput {...field("filmYear")} label="Year" inputMode="numeric" />
      </div>
      <ComposerList
        names={values.composers}
        known={composers}
        onChange={(names) => set({ composers: names })}
        errors={errors.composers}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <EditorInput {...field("label")} label="Record label" />
        <EditorInput
          {...field("albumReleaseDate")}
          label="Album release date"
          placeholder="dd/mm/yyyy"
          hint={releaseDateHint(values.albumReleaseDate)}
        />
      </div>
      <CoverUpload
        reviewId={reviewId}
        coverUrl={coverUrl}
        filmTitle={values.filmTitle}
        onSessionEnded={onSessionEnded}
      />
      <EditorInput
        {...field("coverAlt")}
        label="What the cover shows"
        hint="For readers who cannot see it, like “A red sun over the desert, the title in gold”."
      />
    </EditorSection>
  );
}
