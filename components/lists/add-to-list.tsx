"use client";

import Link from "next/link";
import { lazy, Suspense, useState } from "react";
import { quietButtonClass } from "@/components/forms/button-styles";
import { useViewer } from "@/components/viewer/use-viewer";

// The panel and its forms are fetched only when a reader opens it.
const AddToListPanel = lazy(() =>
  import("./add-to-list-panel").then((m) => ({ default: m.AddToListPanel })),
);

const finding = <p className="mt-3 text-soft">Finding your lists…</p>;

function SignInToList({ slug }: { slug: string }) {
  return (
    <p className="text-sm text-soft">
      <Link
        href={`/sign-in?callbackUrl=${encodeURIComponent(`/reviews/${slug}`)}`}
        className="link-accent"
      >
        Sign in to put this soundtrack on your lists
      </Link>
    </p>
  );
}

/**
 * "Add to a list" on a review: for the signed-in reader only, their lists fetched for them after
 * the page loaded; a visitor is asked to sign in. The line keeps one height whichever it shows,
 * so the page does not move once the viewer is known; without JavaScript it asks to sign in.
 */
export function AddToList({ soundtrackId, slug }: { soundtrackId: number; slug: string }) {
  const viewer = useViewer();
  const [open, setOpen] = useState(false);
  const signIn = <SignInToList slug={slug} />;
  return (
    <>
      <div className="mt-4 flex min-h-10 items-center">
        {viewer === undefined ? (
          <noscript>{signIn}</noscript>
        ) : viewer === null ? (
          signIn
        ) : (
          <button
            type="button"
            aria-expanded={open}
            aria-controls="add-to-list-panel"
            onClick={() => setOpen(!open)}
            className={quietButtonClass}
          >
            Add to a list
          </button>
        )}
      </div>
      {viewer && (
        <div id="add-to-list-panel" hidden={!open}>
          {open && (
            <Suspense fallback={finding}>
              <AddToListPanel soundtrackId={soundtrackId} loading={finding} />
            </Suspense>
          )}
        </div>
      )}
    </>
  );
}
