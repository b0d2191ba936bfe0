import Link from "next/link";
import { quietButtonClass, quietLinkClass } from "@/components/forms/button-styles";
import type { ListEntry } from "@/db/queries/reader-lists";
import { MAX_COMPARED } from "@/lib/compare-path";
import { listComparePath } from "@/lib/list-rules";

/**
 * A list opens as a comparison of its first soundtracks in one click; a longer one also lets the
 * reader tick which to compare, in a plain form to /compare (no JavaScript needed).
 */
export function OpenAsComparison({ entries }: { entries: ListEntry[] }) {
  const path = listComparePath(entries.map((e) => e.soundtrackSlug));
  if (!path) return null;
  return (
    <section aria-labelledby="compare-list-heading" className="mt-8">
      <h2 id="compare-list-heading" className="sr-only">
        Compare
      </h2>
      <Link href={path} className={quietLinkClass}>
        Open as a comparison
        {entries.length > MAX_COMPARED && ` (the first ${MAX_COMPARED})`}
      </Link>
      {entries.length > MAX_COMPARED && (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium">
            Choose which {MAX_COMPARED} to compare
          </summary>
          <form action="/compare" method="get" className="mt-3 space-y-3">
            <fieldset>
              <legend className="text-sm text-soft">Tick two to {MAX_COMPARED} soundtracks.</legend>
              <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                {entries.map((entry, i) => (
                  <li key={entry.soundtrackId}>
                    <label className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        name="pick"
                        value={entry.soundtrackSlug}
                        defaultChecked={i < MAX_COMPARED}
                        className="size-4"
                      />
                      {entry.filmTitle}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <button type="submit" className={quietButtonClass}>
              Compare the ticked ones
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
