import { useRef, useState } from "react";
import { uploadCover } from "@/app/admin/reviews/share-actions";
import { inputClass } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { COVER_MESSAGES, MAX_IMAGE_MB } from "@/lib/image-sniff";
import { UploadButton } from "./upload-button";
import { useUpload } from "./use-upload";

type Props = {
  reviewId: number | null;
  coverUrl: string | null;
  filmTitle: string;
  onSessionEnded: () => void;
};

/** The album cover, uploaded on its own and checked on the server by its bytes. */
export function CoverUpload({ reviewId, coverUrl, filmTitle, onSessionEnded }: Props) {
  const file = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(coverUrl);
  const { pending, outcome, checkFile, send } = useUpload(COVER_MESSAGES, onSessionEnded);
  const upload = async () => {
    const chosen = file.current?.files?.[0];
    if (pending || !checkFile(chosen)) return;
    const state = await send(uploadCover, { reviewId: String(reviewId), cover: chosen });
    if (state?.status !== "ok" || !state.data) return;
    setUrl(state.data.url);
    if (file.current) file.current.value = "";
  };
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      {url ? (
        // eslint-disable-next-line @next/next/no-img-element -- the stored cover, served as is
        <img
          src={url}
          alt={`The cover of ${filmTitle || "the album"} now`}
          className="size-24 rounded-md object-cover shadow"
        />
      ) : (
        <p className="flex size-24 shrink-0 items-center justify-center rounded-md border border-dashed border-stone-400 p-2 text-center text-xs text-soft dark:border-stone-600">
          No cover yet
        </p>
      )}
      <div className="min-w-0 grow">
        <label htmlFor="cover" className="block text-sm font-medium">
          Cover image
        </label>
        <p id="cover-hint" className="mt-1 text-sm text-soft">
          {reviewId === null
            ? "Save the draft first; then its cover can be added."
            : `A JPEG, PNG, WebP or GIF, up to ${MAX_IMAGE_MB} MB.`}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <input
            ref={file}
            id="cover"
            type="file"
            accept="image/*"
            disabled={reviewId === null}
            aria-describedby="cover-hint cover-status"
            aria-invalid={outcome.status === "error" || undefined}
            className={`${inputClass} mt-0 max-w-sm text-sm`}
          />
          <UploadButton
            label="Upload the cover"
            pending={pending}
            disabled={reviewId === null}
            onClick={upload}
          />
        </div>
        <ActionStatus id="cover-status" state={outcome} className="mt-1" />
      </div>
    </div>
  );
}
