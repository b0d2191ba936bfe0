import { compactButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { SESSION_ENDED } from "@/lib/editor-schemas";
import type { LocalCopy } from "./use-local-copy";
import { formatMoment } from "./when";

type Props = {
  sessionEnded: boolean;
  /** Where signing in again comes back to: this editor. */
  returnTo: string;
  offer: LocalCopy | null;
  onRestore: (copy: LocalCopy) => void;
  onDiscard: () => void;
  timeZone: string;
};

/** What the editor must say before anything else: the session is over, or the browser kept more. */
export function EditorNotices({
  sessionEnded,
  returnTo,
  offer,
  onRestore,
  onDiscard,
  timeZone,
}: Props) {
  return (
    <>
      <div role="alert">
        {sessionEnded && (
          <div className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            <p>{SESSION_ENDED}</p>
            <p className="mt-2">
              {/* A whole page load: the page in memory still believes the admin signed in. */}
              <a
                href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`}
                className="font-semibold underline underline-offset-4"
              >
                Sign in again
              </a>
            </p>
          </div>
        )}
      </div>
      {offer && (
        <section
          aria-label="Text kept in this browser"
          className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p>This browser kept a newer version of this review than the site has.</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" onClick={() => onRestore(offer)} className={compactButtonClass}>
              Restore the text kept in this browser (saved {formatMoment(offer.savedAt, timeZone)})
            </button>
            <button type="button" onClick={onDiscard} className={quietButtonClass}>
              Discard
            </button>
          </div>
        </section>
      )}
    </>
  );
}
