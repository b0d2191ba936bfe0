"use client";

import { usePathname, useRouter } from "next/navigation";
import { searchHref, searchOfPath } from "@/lib/search-groups";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";

/**
 * The header's search box: on a search's own page it shows that search. Without JavaScript it is
 * a plain GET form, whose query string is moved to the search's own address.
 */
export function HeaderSearch() {
  const router = useRouter();
  const query = searchOfPath(usePathname()).text.slice(0, MAX_QUERY_LENGTH);
  return (
    <form
      action="/search"
      role="search"
      aria-label="Site"
      className="flex"
      onSubmit={(event) => {
        event.preventDefault();
        const text = new FormData(event.currentTarget).get("q");
        router.push(searchHref({ text: typeof text === "string" ? text.trim() : "" }));
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        Search the site
      </label>
      <input
        // A new search shown on its page (typed in the page's own box) replaces what was here.
        key={query}
        id="site-search"
        name="q"
        type="search"
        defaultValue={query}
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
