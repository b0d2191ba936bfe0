import Link from "next/link";

type PaginationProps = {
  page: number;
  pageCount: number;
  /** Names the navigation landmark: "Archive pages". */
  label: string;
  href: (page: number) => string;
  previous: string;
  next: string;
};

export function Pagination({ page, pageCount, label, href, previous, next }: PaginationProps) {
  if (pageCount <= 1) return null;
  const linkClass =
    "rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← {previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-soft">
        Page {page.toLocaleString("en-GB")} of {pageCount.toLocaleString("en-GB")}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
