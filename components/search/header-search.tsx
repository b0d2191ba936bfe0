"use client";

import Form from "next/form";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";

function HeaderSearchForm({ query = "" }: { query?: string }) {
  return (
    <Form action="/search" prefetch={false} role="search" aria-label="Site" className="flex">
      <label htmlFor="site-search" className="sr-only">
        Search the site
      </label>
      <input
        // A new search shown on /search (typed in the page's own box) replaces what was here.
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
    </Form>
  );
}

/** The search shown on /search itself; elsewhere, and before the address is known, an empty box. */
function CurrentSearch() {
  const pathname = usePathname();
  const query = (useSearchParams().get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  return <HeaderSearchForm query={pathname === "/search" ? query : ""} />;
}

/**
 * The header's search box. The header is the same static HTML on every page, so the address
 * it reads is only known in the browser, or on the server for /search, which renders per request.
 */
export function HeaderSearch() {
  return (
    <Suspense fallback={<HeaderSearchForm />}>
      <CurrentSearch />
    </Suspense>
  );
}
