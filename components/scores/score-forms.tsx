"use client";

import { CrowdToggle } from "./crowd-toggle";
import { ScoreForm } from "./score-form";

type ScoreFormsProps = {
  slug: string;
  soundtrackId: number;
  savedScore: number | null;
  hide: boolean;
};

/** Loaded on demand, for signed-in readers only (see score-controls.tsx). */
export function ScoreForms({ slug, soundtrackId, savedScore, hide }: ScoreFormsProps) {
  return (
    <>
      <ScoreForm slug={slug} soundtrackId={soundtrackId} savedScore={savedScore} />
      <CrowdToggle
        slug={slug}
        soundtrackId={soundtrackId}
        hide={hide}
        scored={savedScore !== null}
      />
    </>
  );
}
