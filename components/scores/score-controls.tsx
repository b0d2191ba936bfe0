"use client";

import Link from "next/link";
import { lazy, Suspense } from "react";
import { useReviewViewer } from "@/components/viewer/use-viewer";

// The forms are fetched only for a signed-in reader: a visitor downloads nothing they cannot use.
const ScoreForms = lazy(() => import("./score-forms").then((m) => ({ default: m.ScoreForms })));

type ScoreControlsProps = { reviewId: number; soundtrackId: number; slug: string };

function scoresSignInHref(slug: string) {
  return `/sign-in?callbackUrl=${encodeURIComponent(`/reviews/${slug}#scores`)}`;
}

/** The reader's score and preference forms, or a way to sign in. */
export function ScoreControls({ reviewId, soundtrackId, slug }: ScoreControlsProps) {
  const state = useReviewViewer(reviewId);
  // Until the reader is known the link keeps its place, unseen, so nothing below it moves.
  const signIn = (hidden: boolean) => (
    <p className={`mt-6 ${hidden ? "invisible" : ""}`}>
      <Link href={scoresSignInHref(slug)} className="link-accent font-medium">
        Sign in to add your score
      </Link>
    </p>
  );
  if (state.status !== "reader") return signIn(state.status === "loading");
  return (
    <Suspense fallback={signIn(true)}>
      <ScoreForms
        slug={slug}
        soundtrackId={soundtrackId}
        savedScore={state.review.score}
        hide={state.review.hideCrowdUntilScored}
      />
    </Suspense>
  );
}
