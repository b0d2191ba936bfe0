"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { compactButtonClass } from "@/components/forms/button-styles";
import { inputClass } from "@/components/forms/form-field";
import { searchHref, searchOfPath } from "@/lib/search-groups";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";
import { takeSearchFocus } from "./search-focus";

/** How long typing must pause before the results follow it. */
const TYPING_PAUSE_MS = 250;

/**
 * The search pages' own box, the only one on these pages (the header shows none there): a plain
 * GET form (its query string is moved to the search's own address), which the results follow as
 * one types once JavaScript has loaded. Each pause in typing replaces the address (one history
 * entry for the search, not one per letter), so the page shown is always the one its address
 * would give. It lives in the search pages' layout, so that the box being typed in stays the same
 * box as the results below it change.
 */
export function SearchForm() {
  const search = searchOfPath(usePathname());
  const query = search.text.slice(0, MAX_QUERY_LENGTH);
  const group = search.group;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (takeSearchFocus()) input.current?.focus();
    return () => clearTimeout(timer.current);
  }, []);
  // A search reached by a link (an example) or by going back shows in the box; what someone is
  // typing into it is left alone.
  useEffect(() => {
    const box = input.current;
    if (box && document.activeElement !== box && box.value.trim() !== query) box.value = query;
  }, [query]);

  function follow(text: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (text.trim() === query) return;
      startTransition(() => router.replace(searchHref({ text, group }), { scroll: false }));
    }, TYPING_PAUSE_MS);
  }

  return (
    <form
      action="/search"
      role="search"
      aria-labelledby="search-q-label"
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        const text = input.current?.value.trim() ?? "";
        startTransition(() => router.push(searchHref({ text, group })));
      }}
      className="mt-6"
    >
      <label id="search-q-label" htmlFor="search-q" className="block text-sm font-medium">
        Search reviews, films, composers and tracks
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="search-hint"
          onChange={(event) => follow(event.currentTarget.value)}
          className={`${inputClass} min-w-0 flex-1`}
        />
        {group && <input type="hidden" name="kind" value={group} />}
        <button type="submit" className={`${compactButtonClass} mt-1`}>
          Search
        </button>
      </div>
      <p id="search-hint" className="mt-1 min-h-5 text-sm text-soft">
        {pending ? (
          <span aria-hidden="true">Searching…</span>
        ) : (
          <>Use “quotes” for a phrase and -word to leave a word out.</>
        )}
      </p>
    </form>
  );
}
