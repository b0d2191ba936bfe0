import Link from "next/link";

export function archivePageHref(page: number): string {
  return page <= 1 ? "/reviews" : `/reviews/page/${page}`;
}

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const linkClass =
    "rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";
  return (
    <nav aria-label="Archive pages" className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={archivePageHref(page - 1)} rel="prev" className={linkClass}>
          ← Newer reviews
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-soft">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={archivePageHref(page + 1)} rel="next" className={linkClass}>
          Older reviews →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
