"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { isSearchPath, searchHref } from "@/lib/search-groups";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";
import { handFocusToSearchPage } from "./search-focus";

function MagnifierIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The header's search: a box from tablet widths up, a link to the search page on a phone. The
 * search pages have a box of their own, so the header shows none there. Without JavaScript the
 * box is a plain GET form, whose query string is moved to the search's own address.
 */
export function HeaderSearch() {
  const router = useRouter();
  if (isSearchPath(usePathname())) return null;
  return (
    <>
      <Link
        href="/search"
        onClick={handFocusToSearchPage}
        className="rounded-md p-2 hover:bg-stone-200/60 md:hidden dark:hover:bg-stone-800"
      >
        <MagnifierIcon />
        <span className="sr-only">Search</span>
      </Link>
      <form
        action="/search"
        role="search"
        aria-label="Site"
        className="hidden md:flex"
        onSubmit={(event) => {
          event.preventDefault();
          const text = new FormData(event.currentTarget).get("q");
          handFocusToSearchPage();
          router.push(searchHref({ text: typeof text === "string" ? text.trim() : "" }));
        }}
      >
        <label htmlFor="site-search" className="sr-only">
          Search the site
        </label>
        <input
          id="site-search"
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Films, composers, tracks…"
          autoComplete="off"
          enterKeyHint="search"
          className="w-52 min-w-0 rounded-l-md border border-r-0 border-stone-400 bg-white px-3 py-1.5 text-sm text-ink placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-night-ink dark:placeholder:text-stone-400"
        />
        <button
          type="submit"
          className="rounded-r-md border border-stone-400 px-2 hover:border-accent hover:text-accent dark:border-stone-600 dark:hover:border-night-accent dark:hover:text-night-accent"
        >
          <MagnifierIcon />
          <span className="sr-only">Search</span>
        </button>
      </form>
    </>
  );
}
