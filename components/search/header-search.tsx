"use client";

import { usePathname, useRouter } from "next/navigation";
import { isSearchPath, searchHref } from "@/lib/search-groups";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";
import { handFocusToSearchPage } from "./search-focus";

/**
 * The header's search box. The search pages have a box of their own, so the header shows none
 * there. Without JavaScript it is a plain GET form, whose query string is moved to the search's
 * own address.
 */
export function HeaderSearch() {
  const router = useRouter();
  if (isSearchPath(usePathname())) return null;
  return (
    <form
      action="/search"
      role="search"
      aria-label="Site"
      className="flex"
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
        className="min-w-0 flex-1 rounded-l-md border border-r-0 border-stone-400 bg-white px-3 py-1.5 text-base text-ink placeholder:text-stone-500 sm:w-56 sm:flex-none sm:text-sm dark:border-stone-600 dark:bg-stone-900 dark:text-night-ink dark:placeholder:text-stone-400"
      />
      <button
        type="submit"
        className="rounded-r-md border border-stone-400 px-3 text-sm font-medium hover:border-accent hover:text-accent dark:border-stone-600 dark:hover:border-night-accent dark:hover:text-night-accent"
      >
        Search
      </button>
    </form>
  );
}
