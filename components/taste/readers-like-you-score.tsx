"use client";

import { lazy, Suspense } from "react";
import { useReviewViewer } from "@/components/viewer/use-viewer";

// The line is fetched only for a signed-in reader.
const ReadersLikeYouLine = lazy(() =>
  import("./readers-like-you-line").then((m) => ({ default: m.ReadersLikeYouLine })),
);

/** The line's box, the same whatever it says (readers-like-you-line.tsx). */
export const LINE = "mt-1 min-h-7 leading-relaxed";

// The line's place, kept unseen until the figure arrives, so nothing below it moves.
const placeholder = (
  <p className={`${LINE} invisible`} aria-hidden="true">
    Readers like you gave it <strong className="font-serif text-xl">0.0</strong>
  </p>
);

/**
 * "Readers like you gave it 8.1", beside the critic's score and the readers' average: for the
 * signed-in reader only, fetched once the page knows who is reading (the page is the same for
 * everyone). Hidden, like the readers' average, from a reader who asked to score first.
 */
export function ReadersLikeYouScore({
  reviewId,
  soundtrackId,
}: {
  reviewId: number;
  soundtrackId: number;
}) {
  const state = useReviewViewer(reviewId);
  if (state.status !== "reader") return null;
  if (state.review.hideCrowdUntilScored && state.review.score === null) return null;
  return (
    <Suspense fallback={placeholder}>
      <ReadersLikeYouLine
        soundtrackId={soundtrackId}
        handle={state.viewer.handle}
        loading={placeholder}
      />
    </Suspense>
  );
}
