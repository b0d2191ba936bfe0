"use client";

import { useState } from "react";
import { createPortal } from "react-dom";
import { saveFavourites } from "@/app/reviews/[slug]/score-actions";
import { compactButtonClass } from "@/components/forms/button-styles";
import { FieldErrors } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { patchReviewState } from "@/components/viewer/viewer-store";
import { MAX_FAVOURITES, TOO_MANY_FAVOURITES } from "@/lib/scores";

type Cell = { element: HTMLElement; trackId: number; title: string };

/** The "Yours" cells the static track list leaves empty for the reader's tick boxes. */
function findCells(): Cell[] {
  const cells = document.querySelectorAll<HTMLElement>("#track-list [data-pick-track]");
  return [...cells].map((element) => ({
    element,
    trackId: Number(element.dataset.pickTrack),
    // The row's header: the title, then perhaps a "Readers' favourite" badge.
    title: element.closest("tr")?.querySelector("th")?.firstChild?.textContent ?? "",
  }));
}

const keyOf = (ids: readonly number[]) => [...ids].sort((a, b) => a - b).join(",");

const stickyClass =
  "sticky bottom-0 z-10 border-t border-stone-300 bg-paper py-3 dark:border-stone-700 dark:bg-night";

type FavouritesEditorProps = { slug: string; soundtrackId: number; savedPicks: readonly number[] };

/**
 * Loaded for signed-in readers only. Puts a tick box into each row of the static track list
 * (tied to this form by its `form` attribute) and saves up to three picks.
 */
export function FavouritesEditor({ slug, soundtrackId, savedPicks }: FavouritesEditorProps) {
  // Only ever rendered in the browser, after the page has loaded: the cells are there to find.
  const [cells] = useState(findCells);
  const [picked, setPicked] = useState<ReadonlySet<number>>(() => new Set(savedPicks));
  const [savedKey, setSavedKey] = useState(keyOf(savedPicks));
  const [note, setNote] = useState<string | null>(null);
  // The saved picks changed (after a save, or in another tab): follow them.
  if (keyOf(savedPicks) !== savedKey) {
    setSavedKey(keyOf(savedPicks));
    setPicked(new Set(savedPicks));
  }
  const { state, formAction, pending, onSubmit } = useAction(saveFavourites, {
    onSend: () => setNote(null),
    onDone: (done) => patchReviewState({ picks: done.data?.picks ?? [] }),
  });

  function toggle(trackId: number, on: boolean) {
    if (on && !picked.has(trackId) && picked.size >= MAX_FAVOURITES) {
      setNote(`${TOO_MANY_FAVOURITES} Untick one to choose another.`);
      return;
    }
    setNote(null);
    const next = new Set(picked);
    if (on) next.add(trackId);
    else next.delete(trackId);
    setPicked(next);
  }

  return (
    <>
      {cells.map(({ element, trackId, title }) =>
        createPortal(
          <input
            type="checkbox"
            form="favourite-tracks"
            name="trackIds"
            value={trackId}
            checked={picked.has(trackId)}
            onChange={(event) => toggle(trackId, event.currentTarget.checked)}
            aria-label={`Favourite: ${title}`}
            aria-describedby="favourites-error"
            className="size-5 cursor-pointer accent-accent dark:accent-night-accent"
          />,
          element,
          String(trackId),
        ),
      )}
      {/* While there is something to save or to say, the form keeps to the bottom of the screen
          (within the track list), so a refused pick is explained where the reader is looking. */}
      <form
        id="favourite-tracks"
        action={formAction}
        onSubmit={onSubmit}
        aria-describedby="favourites-hint"
        className={`mt-4 ${note || keyOf([...picked]) !== savedKey || state.fieldErrors ? stickyClass : ""}`}
      >
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="soundtrackId" value={soundtrackId} />
        <p id="favourites-hint" className="text-sm text-soft">
          Tick up to {MAX_FAVOURITES} favourite tracks in the “Yours” column, then save.{" "}
          {picked.size} of {MAX_FAVOURITES} picked.
        </p>
        <FieldErrors id="favourites-error" errors={state.fieldErrors?.trackIds} />
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <SubmitButton
            pending={pending}
            pendingLabel="Save favourites"
            className={compactButtonClass}
          >
            Save favourites
          </SubmitButton>
          <ActionStatus
            id="favourites-status"
            className="min-h-5"
            state={state}
            pending={pending}
            pendingText="Saving…"
            note={note}
            quietOnFieldErrors
          />
        </div>
      </form>
    </>
  );
}
