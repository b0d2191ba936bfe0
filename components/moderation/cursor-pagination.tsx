import Link from "next/link";
import { type Cursor, cursorText } from "@/lib/keyset";

type CursorPaginationProps = {
  label: string;
  newer: Cursor | null;
  older: Cursor | null;
  /** The address of a page: the list's own query and the cursor to read from. */
  href: (page: { before?: string; after?: string }) => string;
};

const linkClass =
  "rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

/** "← Newer" and "Older →" for the lists that page by the last row seen. */
export function CursorPagination({ label, newer, older, href }: CursorPaginationProps) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-between gap-4">
      {newer ? (
        <Link href={href({ after: cursorText(newer) })} rel="prev" className={linkClass}>
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      {older ? (
        <Link href={href({ before: cursorText(older) })} rel="next" className={linkClass}>
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
