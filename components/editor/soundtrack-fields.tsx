import type { EditorValues } from "@/lib/editor-values";
import { ComposerList } from "./composer-list";
import { CoverUpload } from "./cover-upload";
import { EditorInput, EditorSection } from "./editor-field";
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
  return (
    <EditorSection title="The soundtrack" id="soundtrack">
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <EditorInput
          id="filmTitle"
          label="Film"
          value={values.filmTitle}
          onChange={(filmTitle) => set({ filmTitle })}
          errors={errors.filmTitle}
        />
        <EditorInput
          id="filmYear"
          label="Year"
          inputMode="numeric"
          value={values.filmYear}
          onChange={(filmYear) => set({ filmYear })}
          errors={errors.filmYear}
        />
      </div>
      <ComposerList
        names={values.composers}
        known={composers}
        onChange={(names) => set({ composers: names })}
        errors={errors.composers}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <EditorInput
          id="label"
          label="Record label"
          value={values.label}
          onChange={(label) => set({ label })}
          errors={errors.label}
        />
        <EditorInput
          id="albumReleaseDate"
          label="Album release date"
          type="date"
          value={values.albumReleaseDate}
          onChange={(albumReleaseDate) => set({ albumReleaseDate })}
          errors={errors.albumReleaseDate}
        />
      </div>
      <CoverUpload
        reviewId={reviewId}
        coverUrl={coverUrl}
        filmTitle={values.filmTitle}
        onSessionEnded={onSessionEnded}
      />
      <EditorInput
        id="coverAlt"
        label="What the cover shows"
        hint="For readers who cannot see it, like “A red sun over the desert, the title in gold”."
        value={values.coverAlt}
        onChange={(coverAlt) => set({ coverAlt })}
        errors={errors.coverAlt}
      />
    </EditorSection>
  );
}
