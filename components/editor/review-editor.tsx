"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import type { RestoreData } from "@/app/admin/reviews/actions";
import {
  type EditorValues,
  type PreviewLinkItem,
  type RevisionItem,
  withTrackIds,
} from "@/lib/editor-values";
import type { Placement } from "@/lib/review-status";
import type { NewsletterChoice } from "@/lib/newsletter-editor";
import { slugify } from "@/lib/slug";
import { BodyEditor } from "./body-editor";
import { EditorNotices } from "./editor-notices";
import type { SetValues } from "./editor-types";
import { LinkRows } from "./link-rows";
import { type NewsletterIssueSummary, NewsletterPanel } from "./newsletter-panel";
import { PreviewLinks } from "./preview-links";
import { PublishPanel, type SchedulingChoices } from "./publish-panel";
import { ReviewFields } from "./review-fields";
import { RevisionHistory } from "./revision-history";
import { SaveBar } from "./save-bar";
import { SoundtrackFields } from "./soundtrack-fields";
import { TrackEditor } from "./track-editor";
import { type Saved, useEditorSync } from "./use-editor-sync";
import { forgetLocalCopy, type LocalCopy, useLocalCopy } from "./use-local-copy";

export type EditorReview = {
  id: number;
  placement: Placement;
  savedAt: number;
  coverImageUrl: string | null;
};

type Props = {
  review: EditorReview | null;
  initial: EditorValues;
  initialHtml: string;
  composers: string[];
  revisions: RevisionItem[];
  previewLinks: PreviewLinkItem[];
  siteUrl: string;
  scheduling: SchedulingChoices;
  /** The saved review's newsletter: what it sends, and its issue once queued. */
  newsletter: { mode: NewsletterChoice; issue: NewsletterIssueSummary | null } | null;
};

const STATES = { draft: "Draft", scheduled: "Scheduled", live: "Live on the site" };

/** Every field of a review and its soundtrack, kept as it is typed: in the browser and on the site. */
export function ReviewEditor({
  review,
  initial,
  initialHtml,
  composers,
  siteUrl,
  scheduling,
  newsletter,
  ...lists
}: Props) {
  const { timeZone } = scheduling;
  const [values, setValues] = useState(initial);
  const [placement, setPlacement] = useState<Placement>(review?.placement ?? { state: "draft" });
  // The review as it is saved: the heading names it, not the headline being typed.
  const [headline, setHeadline] = useState(review ? initial.headline : null);
  const [slugEdited, setSlugEdited] = useState(
    review !== null &&
      (review.placement.state !== "draft" || initial.slug !== slugify(initial.headline)),
  );
  const [revisions, setRevisions] = useState(lists.revisions);
  const [sessionEnded, setSessionEnded] = useState(false);
  const endSession = useCallback(() => setSessionEnded(true), []);

  const set: SetValues = (patch) =>
    setValues((current) => ({
      ...current,
      ...patch,
      ...(patch.headline !== undefined && !slugEdited && { slug: slugify(patch.headline) }),
    }));

  const onSaved = (saved: Saved) => {
    setSessionEnded(false);
    if (saved.trackIds) setValues((current) => withTrackIds(current, saved.trackIds!));
    if (saved.revisions) setRevisions(saved.revisions);
    if (saved.headline !== undefined) setHeadline(saved.headline);
    if (saved.created && saved.reviewId !== undefined) {
      // The new draft's own address, without leaving the page (and what is being typed on it).
      window.history.replaceState(null, "", `/admin/reviews/${saved.reviewId}`);
      forgetLocalCopy(null);
    }
  };
  const sync = useEditorSync({
    initialReviewId: review?.id ?? null,
    values,
    initialValues: initial,
    placed: placement.state !== "draft",
    timeZone,
    onSaved,
    onSessionEnded: endSession,
  });
  const reviewId = sync.reviewId;
  const local = useLocalCopy({
    reviewId,
    values,
    initialValues: initial,
    serverSavedAt: review?.savedAt ?? 0,
  });
  const restoreCopy = (copy: LocalCopy) => {
    setValues(copy.values);
    setSlugEdited(true);
    local.dismiss();
  };
  const restored = (data: RestoreData) => {
    setValues(data.values);
    setSlugEdited(true);
    sync.adopt(data.values, data);
  };
  const errors = sync.fieldErrors;

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold text-balance">
            {headline ?? "New review"}
          </h1>
          <p className="mt-1 text-muted dark:text-night-muted">
            {reviewId === null ? "A new draft, not saved yet." : STATES[placement.state]}
          </p>
        </div>
        {reviewId !== null && (
          <Link href={`/admin/reviews/${reviewId}/preview`} className="link-accent font-medium">
            Preview the whole page
          </Link>
        )}
      </header>
      <EditorNotices
        sessionEnded={sessionEnded}
        returnTo={reviewId === null ? "/admin/reviews/new" : `/admin/reviews/${reviewId}`}
        offer={local.offer}
        onRestore={restoreCopy}
        onDiscard={() => {
          local.dismiss();
          forgetLocalCopy(reviewId);
        }}
        timeZone={timeZone}
      />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (sync.pending !== "save") void sync.save();
        }}
        onBlur={sync.flush}
        className="space-y-8"
      >
        <SoundtrackFields
          values={values}
          set={set}
          errors={errors}
          composers={composers}
          reviewId={reviewId}
          coverUrl={review?.coverImageUrl ?? null}
          onSessionEnded={endSession}
        />
        <TrackEditor
          rows={values.tracks}
          onRows={(tracks) => set({ tracks })}
          errors={errors.tracks}
        />
        <LinkRows
          links={values.links}
          tracks={values.tracks}
          onLinks={(links) => set({ links })}
          errors={errors.links}
        />
        <ReviewFields
          values={values}
          set={set}
          errors={errors}
          onSlugEdited={() => setSlugEdited(true)}
        />
        <BodyEditor
          reviewId={reviewId}
          body={values.body}
          rows={values.tracks}
          initialHtml={initialHtml}
          onBody={(body) =>
            setValues((current) => ({
              ...current,
              body: typeof body === "function" ? body(current.body) : body,
            }))
          }
          onSessionEnded={endSession}
          errors={errors.body}
        />
        <SaveBar pending={sync.pending} status={sync.status} />
      </form>
      {reviewId !== null && (
        <PublishPanel
          reviewId={reviewId}
          headline={headline ?? values.headline}
          slug={values.slug}
          placement={placement}
          onPlaced={(placed) => {
            setPlacement(placed);
            // Once on the site, its address stays put: a new headline no longer moves it.
            if (placed.state !== "draft") setSlugEdited(true);
          }}
          saveFirst={sync.saveFirst}
          onSessionEnded={endSession}
          {...scheduling}
        />
      )}
      {reviewId !== null && (
        <NewsletterPanel
          reviewId={reviewId}
          mode={newsletter?.mode ?? "excerpt"}
          issue={newsletter?.issue ?? null}
          onSessionEnded={endSession}
        />
      )}
      {reviewId !== null && (
        <div className="grid gap-10 lg:grid-cols-2">
          <PreviewLinks
            reviewId={reviewId}
            links={lists.previewLinks}
            siteUrl={siteUrl}
            timeZone={timeZone}
            onSessionEnded={endSession}
          />
          <RevisionHistory
            reviewId={reviewId}
            revisions={revisions}
            current={values}
            timeZone={timeZone}
            onRestored={restored}
            onSessionEnded={endSession}
          />
        </div>
      )}
    </div>
  );
}
