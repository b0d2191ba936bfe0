"use client";

import Link from "next/link";
import { lazy, Suspense } from "react";
import { useReviewViewer } from "@/components/viewer/use-viewer";

// The picker is fetched only for a signed-in reader.
const FavouritesEditor = lazy(() =>
  import("./favourites-editor").then((m) => ({ default: m.FavouritesEditor })),
);

type FavouritesIslandProps = { reviewId: number; soundtrackId: number; slug: string };

/** Under the track list: the reader's favourite-track picker, or a way to sign in. */
export function FavouritesIsland({ reviewId, soundtrackId, slug }: FavouritesIslandProps) {
  const state = useReviewViewer(reviewId);
  // Until the reader is known the link keeps its place, unseen, so nothing below it moves.
  const signIn = (hidden: boolean) => (
    <p className={`mt-4 text-sm ${hidden ? "invisible" : ""}`}>
      <Link
        href={`/sign-in?callbackUrl=${encodeURIComponent(`/reviews/${slug}#track-list`)}`}
        className="link-accent"
      >
        Sign in to pick your favourite tracks
      </Link>
    </p>
  );
  if (state.status !== "reader") return signIn(state.status === "loading");
  return (
    <Suspense fallback={signIn(true)}>
      <FavouritesEditor slug={slug} soundtrackId={soundtrackId} savedPicks={state.review.picks} />
    </Suspense>
  );
}
