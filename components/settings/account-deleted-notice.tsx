"use client";

import { useSearchParams } from "next/navigation";
import { quietButtonClass } from "@/components/forms/button-styles";
import { SETTINGS_MESSAGES } from "@/lib/auth/settings-messages";

/** Where a reader lands once their account is deleted: the home page, which then says so. */
export const ACCOUNT_DELETED_HREF = "/?account=deleted";

/**
 * Read in the browser, so the home page stays one cached page for everybody; the address is the
 * only thing that says it, and nothing is shown for any other value.
 */
export function AccountDeletedNotice() {
  const params = useSearchParams();
  if (params.get("account") !== "deleted") return null;
  return (
    <div
      role="status"
      className="mb-8 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-stone-300 bg-stone-50 px-5 py-4 dark:border-stone-700 dark:bg-stone-900"
    >
      <p>
        <span className="font-semibold">{SETTINGS_MESSAGES.deleted}</span> Your comments, scores and
        favourites are gone with it. Thank you for reading.
      </p>
      {/* Only the address changes (Next's router follows replaceState): the page is the same. */}
      <button
        type="button"
        className={quietButtonClass}
        onClick={() => window.history.replaceState(null, "", "/")}
      >
        Dismiss
      </button>
    </div>
  );
}
