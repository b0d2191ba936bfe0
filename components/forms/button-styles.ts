const accent =
  "inline-flex items-center justify-center rounded-md bg-accent font-medium text-white hover:bg-orange-900 disabled:opacity-60 aria-disabled:cursor-progress aria-disabled:opacity-60 dark:bg-night-accent dark:text-night dark:hover:bg-orange-200";

/** The one accent button of a page or form: "Sign in", "Read the review". */
export const primaryButtonClass = `${accent} px-5 py-2.5`;

/** Accent buttons inside a panel: "Post comment", "Save score". */
export const compactButtonClass = `${accent} px-4 py-2 text-sm`;

/** The secondary choice beside an accent button: "Cancel", "Remove my score". */
export const quietButtonClass =
  "inline-flex items-center justify-center rounded-md border border-stone-400 px-4 py-2 text-sm font-medium hover:border-accent aria-disabled:opacity-60 dark:border-stone-600 dark:hover:border-night-accent";

/** A link styled as the secondary choice: "Browse the archive". */
export const quietLinkClass =
  "rounded-md border border-stone-400 px-5 py-2.5 font-medium dark:border-stone-600";

const danger =
  "inline-flex items-center justify-center bg-red-700 text-sm font-semibold text-white hover:bg-red-800 aria-disabled:opacity-60 dark:bg-red-400 dark:text-night dark:hover:bg-red-300";

/** The confirming step of something that cannot be undone: "Delete for good". */
export const dangerButtonClass = `${danger} rounded-md px-4 py-2`;

/** The same, among a comment's small round tools. */
export const dangerPillClass = `${danger} rounded-full px-3 py-1`;

/** A row of the header's menus: the whole width is the target. */
export const menuItemClass =
  "block w-full rounded px-3 py-2 text-left text-sm font-medium hover:bg-stone-200/60 dark:hover:bg-stone-800";
