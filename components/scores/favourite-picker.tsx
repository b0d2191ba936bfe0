"use client";

import { useSubmitKeepingValues } from "@/components/use-submit-keeping-values";
import { createContext, use, useActionState, useState } from "react";
import { saveFavourites } from "@/app/reviews/[slug]/score-actions";
import { MAX_FAVOURITES, TOO_MANY_FAVOURITES } from "@/lib/scores";
import { FieldErrors } from "@/components/form-field";
import { compactButtonClass } from "@/components/button-styles";
import { ActionStatus } from "./action-form";

type Picks = { picked: ReadonlySet<number>; toggle: (trackId: number, on: boolean) => void };

const PicksContext = createContext<Picks | null>(null);

type FavouritePickerProps = {
  slug: string;
  soundtrackId: number;
  /** The reader's saved picks, from the server. */
  initialPicks: readonly number[];
  /** The track list, with a FavouriteCheckbox in each row. */
  children: React.ReactNode;
};

const keyOf = (ids: readonly number[]) => [...ids].sort((a, b) => a - b).join(",");

/** Wraps the track table in the form that saves the reader's (up to three) favourite tracks. */
export function FavouritePicker({
  slug,
  soundtrackId,
  initialPicks,
  children,
}: FavouritePickerProps) {
  const [state, formAction, isPending] = useActionState(saveFavourites, {});
  const [picked, setPicked] = useState<ReadonlySet<number>>(() => new Set(initialPicks));
  const [savedKey, setSavedKey] = useState(keyOf(initialPicks));
  const [note, setNote] = useState<string | null>(null);
  // The server's copy changed (after a save, or in another tab): follow it.
  if (keyOf(initialPicks) !== savedKey) {
    setSavedKey(keyOf(initialPicks));
    setPicked(new Set(initialPicks));
  }
  const submit = useSubmitKeepingValues(formAction, isPending);

  function toggle(trackId: number, on: boolean) {
    if (on && !picked.has(trackId) && picked.size >= MAX_FAVOURITES) {
      setNote(TOO_MANY_FAVOURITES + " Untick one to choose another.");
      return;
    }
    setNote(null);
    const next = new Set(picked);
    if (on) next.add(trackId);
    else next.delete(trackId);
    setPicked(next);
  }

  return (
    <form
      id="favourite-tracks"
      action={formAction}
      onSubmit={(event) => {
        setNote(null);
        submit(event);
      }}
      aria-describedby="favourites-hint"
    >
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="soundtrackId" value={soundtrackId} />
      <p id="favourites-hint" className="mt-4 text-sm text-soft">
        Tick up to {MAX_FAVOURITES} favourite tracks, then save. {picked.size} of {MAX_FAVOURITES}{" "}
        picked.
      </p>
      <PicksContext value={{ picked, toggle }}>{children}</PicksContext>
      <FieldErrors id="favourites-error" errors={state.errors?.trackIds} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" aria-disabled={isPending || undefined} className={compactButtonClass}>
          Save favourites
        </button>
        <ActionStatus id="favourites-status" state={state} pending={isPending} note={note} />
      </div>
    </form>
  );
}

/** One row's tick box; only inside a FavouritePicker. */
export function FavouriteCheckbox({ trackId, title }: { trackId: number; title: string }) {
  const picks = use(PicksContext);
  if (!picks) throw new Error("FavouriteCheckbox must be inside a FavouritePicker");
  return (
    <input
      type="checkbox"
      name="trackIds"
      value={trackId}
      checked={picks.picked.has(trackId)}
      onChange={(event) => picks.toggle(trackId, event.currentTarget.checked)}
      aria-label={`Favourite: ${title}`}
      aria-describedby="favourites-error"
      className="size-5 cursor-pointer accent-accent dark:accent-night-accent"
    />
  );
}
