"use client";

import { lazy, Suspense, type ReactNode } from "react";
import { useReviewViewer } from "@/components/viewer/use-viewer";

const CommentForm = lazy(() => import("./comment-form").then((m) => ({ default: m.CommentForm })));
const VerifyEmailPrompt = lazy(() =>
  import("./verify-email-prompt").then((m) => ({ default: m.VerifyEmailPrompt })),
);

/**
 * Where a reader writes a new comment, or is asked to confirm their email first. A visitor sees the sign-in prompt the page carries
 * (`children`), kept in place but unseen until it is known who is reading.
 */
export function ComposerIsland({ reviewId, children }: { reviewId: number; children: ReactNode }) {
  const state = useReviewViewer(reviewId);
  const prompt = (hidden: boolean) => <div className={hidden ? "invisible" : ""}>{children}</div>;
  if (state.status !== "reader") return prompt(state.status === "loading");
  return (
    <Suspense fallback={prompt(true)}>
      {state.review.mustVerifyEmail ? <VerifyEmailPrompt /> : <CommentForm reviewId={reviewId} />}
    </Suspense>
  );
}
