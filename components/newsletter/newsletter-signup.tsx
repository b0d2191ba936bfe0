"use client";

import Link from "next/link";
import { lazy, Suspense, useState } from "react";
import { useViewer } from "@/components/viewer/use-viewer";

export const EMAIL_FIELD_ID = "newsletter-email";

/**
 * Resolves once the element with `id` is within a screen of the viewport, or has left the page (a
 * navigation's render can find the last page's element, which then goes); at once where there is
 * no such element (on the server; after a navigation in the browser) or no way to tell.
 */
function near(id: string): Promise<void> {
  const element = typeof document === "undefined" ? null : document.getElementById(id);
  if (!element || typeof IntersectionObserver === "undefined") return Promise.resolve();
  return new Promise((done) => {
    const finish = () => {
      seen.disconnect();
      gone.disconnect();
      done();
    };
    const seen = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) finish();
      },
      { rootMargin: "100% 0px" },
    );
    const gone = new MutationObserver(() => {
      if (!element.isConnected) finish();
    });
    seen.observe(element);
    gone.observe(document.body, { childList: true, subtree: true });
  });
}

// The form ends the home page and every review, below what a first view shows: its code is
// fetched as it nears the screen. Until then the server's HTML of it stands as it is, and a press
// on it meanwhile is kept and sent once the code has run (React's form replay). Each form waits
// for its own element (one left by a navigation must not hold the next page's), and the same
// element is handed back at every render: an update reaching a boundary still waiting would make
// React drop the server's HTML and render it afresh.
function nearForm() {
  const VisitorForm = lazy(() =>
    near(EMAIL_FIELD_ID)
      .then(() => import("./visitor-form"))
      .then((m) => ({ default: m.VisitorForm })),
  );
  return (
    <Suspense fallback={null}>
      <VisitorForm />
    </Suspense>
  );
}

/**
 * The page is the same for everyone (cached); who reads it is known only here, in the browser: a
 * signed-in reader is pointed to their settings, everyone else (and everyone until it is known)
 * gets the visitor's form.
 */
export function NewsletterSignup() {
  const viewer = useViewer();
  const [form] = useState(nearForm);
  if (viewer) {
    return (
      <p className="text-sm">
        Signed in as {viewer.name}: turn it on or off in{" "}
        <Link href="/settings#newsletter" className="link-accent">
          your settings
        </Link>
        .
      </p>
    );
  }
  return form;
}
