import { type RefObject, useRef, useState } from "react";
import { uploadReviewImage } from "@/app/admin/reviews/share-actions";
import { inputClass } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { ALT_REQUIRED, MAX_ALT_LENGTH } from "@/lib/body-images";
import { BODY_IMAGE_MESSAGES, MAX_IMAGE_MB } from "@/lib/image-sniff";
import { UploadButton } from "./upload-button";
import { useUpload } from "./use-upload";

/** The image waiting to be added: chosen in the file field, or pasted into the Markdown. */
export type PickedImage = { file: File; pasted: boolean };

type Props = {
  reviewId: number | null;
  picked: PickedImage | null;
  onPicked: (picked: PickedImage | null) => void;
  /** The alt text's field: a pasted image brings the cursor there. */
  altRef: RefObject<HTMLInputElement | null>;
  onInsert: (markdown: string) => void;
  onSessionEnded: () => void;
};

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

/**
 * An image for the review's body: uploaded, checked by its bytes as the cover is, and put into
 * the Markdown where the cursor was, with the alt text it must have.
 */
export function BodyImage({ reviewId, picked, onPicked, altRef, onInsert, ...props }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState("");
  const upload = useUpload(BODY_IMAGE_MESSAGES, props.onSessionEnded);
  const { pending, outcome } = upload;
  const send = async () => {
    const file = picked?.file;
    if (pending || reviewId === null || !upload.checkFile(file)) return;
    if (alt.trim() === "") {
      altRef.current?.focus();
      return upload.refuse(ALT_REQUIRED, "alt");
    }
    const state = await upload.send(uploadReviewImage, {
      reviewId: String(reviewId),
      alt,
      image: file,
    });
    if (state?.status !== "ok" || !state.data) return;
    onInsert(state.data.markdown);
    onPicked(null);
    setAlt("");
    if (fileInput.current) fileInput.current.value = "";
  };
  const altMissing = outcome.fieldErrors?.alt !== undefined;
  return (
    <fieldset className="mt-3 space-y-2 rounded-md border border-stone-300 p-3 dark:border-stone-700">
      <legend className="px-1 text-sm font-medium">Add an image</legend>
      <p id="body-image-hint" className="text-sm text-soft">
        {reviewId === null
          ? "Save the draft first; then images can be added."
          : `Choose one, or paste it into the review: a JPEG, PNG, WebP or GIF up to ${MAX_IMAGE_MB} MB, put in where the cursor is.`}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="min-w-0">
          <label htmlFor="body-image-file" className="block text-sm font-medium">
            Image file
          </label>
          <input
            ref={fileInput}
            id="body-image-file"
            type="file"
            accept="image/*"
            disabled={reviewId === null}
            aria-describedby="body-image-hint body-image-status"
            onChange={(event) => {
              const file = event.target.files?.[0];
              onPicked(file ? { file, pasted: false } : null);
              upload.reset();
            }}
            className={`${inputClass} mt-1 text-sm`}
          />
          {picked?.pasted && (
            <p className="mt-1 text-sm">
              Pasted: {picked.file.name || "an image"} ({kilobytes(picked.file.size)})
            </p>
          )}
        </div>
        <div className="min-w-0">
          <label htmlFor="body-image-alt" className="block text-sm font-medium">
            Alt text (required)
          </label>
          <input
            ref={altRef}
            id="body-image-alt"
            value={alt}
            maxLength={MAX_ALT_LENGTH}
            disabled={reviewId === null}
            aria-required
            aria-invalid={altMissing || undefined}
            aria-describedby="body-image-alt-hint body-image-status"
            onChange={(event) => setAlt(event.target.value)}
            onKeyDown={(event) => {
              // Enter adds the image; it must not send the whole editor's form.
              if (event.key !== "Enter") return;
              event.preventDefault();
              void send();
            }}
            className={`${inputClass} mt-1 text-sm`}
          />
          <p id="body-image-alt-hint" className="mt-1 text-xs text-soft">
            What the image shows, for readers who cannot see it.
          </p>
        </div>
      </div>
      <UploadButton
        label="Add the image"
        pending={pending}
        disabled={reviewId === null}
        onClick={send}
      />
      <ActionStatus id="body-image-status" state={outcome} />
    </fieldset>
  );
}
