import { useRef, useState } from "react";
import { uploadCover } from "@/app/admin/reviews/share-actions";
import { quietButtonClass } from "@/components/button-styles";
import { inputClass } from "@/components/form-field";
import { IDLE } from "@/lib/action-state";
import { SESSION_ENDED } from "@/lib/editor-schemas";
import { COVER_TOO_LARGE, MAX_COVER_BYTES } from "@/lib/image-sniff";

type Props = {
  reviewId: number | null;
  coverUrl: string | null;
  filmTitle: string;
  onSessionEnded: () => void;
};

type Outcome = { ok: boolean; message: string };

/** The album cover, uploaded on its own and checked on the server by its bytes. */
export function CoverUpload({ reviewId, coverUrl, filmTitle, onSessionEnded }: Props) {
  const file = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(coverUrl);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  const upload = async () => {
    const chosen = file.current?.files?.[0];
    if (!chosen) return setOutcome({ ok: false, message: "Choose the cover image first." });
    // Larger than the server would take: said here, without sending it.
    if (chosen.size > MAX_COVER_BYTES) return setOutcome({ ok: false, message: COVER_TOO_LARGE });
    const form = new FormData();
    form.set("reviewId", String(reviewId));
    form.set("cover", chosen);
    setPending(true);
    const state = await uploadCover(IDLE, form).catch(() => null);
    setPending(false);
    if (state?.message === SESSION_ENDED) return onSessionEnded();
    if (state?.status === "ok" && state.data) {
      setUrl(state.data.url);
      if (file.current) file.current.value = "";
    }
    setOutcome({
      ok: state?.status === "ok",
      message:
        state?.fieldErrors?.cover?.[0] ??
        state?.message ??
        "The upload did not reach the site. Try again.",
    });
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
            : `A JPEG, PNG, WebP or GIF, up to ${MAX_COVER_BYTES / (1024 * 1024)} MB.`}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <input
            ref={file}
            id="cover"
            type="file"
            accept="image/*"
            disabled={reviewId === null}
            aria-describedby="cover-hint cover-status"
            aria-invalid={outcome && !outcome.ok ? true : undefined}
            className={`${inputClass} mt-0 max-w-sm text-sm`}
          />
          <button
            type="button"
            onClick={upload}
            disabled={reviewId === null}
            aria-disabled={pending || undefined}
            className={quietButtonClass}
          >
            {pending ? "Uploading…" : "Upload the cover"}
          </button>
        </div>
        <p
          id="cover-status"
          role="status"
          className={`mt-1 text-sm ${outcome?.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}`}
        >
          {outcome?.message}
        </p>
      </div>
    </div>
  );
}
