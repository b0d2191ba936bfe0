import Link from "next/link";
import type { SearchHit as Hit } from "@/db/queries/search-results";
import { countOf, formatCount, type SearchGroup } from "@/lib/search-groups";
import { SearchHit } from "./search-hit";

type ResultGroupProps = {
  group: SearchGroup;
  count: number;
  hits: Hit[];
  /** The group on its own, when the overview shows only its first few. */
  moreHref?: string;
};

/** One kind of result: its heading and count, then the results, best first. */
export function ResultGroup({ group, count, hits, moreHref }: ResultGroupProps) {
  const headingId = `results-${group.param}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-stone-300/70 pb-2 dark:border-stone-700">
        <h2 id={headingId} className="font-serif text-2xl font-semibold">
          {group.label}{" "}
          <span className="text-base font-normal text-soft">{formatCount(count)}</span>
        </h2>
        {moreHref && hits.length < count && (
          <Link href={moreHref} className="link-accent text-sm">
            All {countOf(group, count)}
          </Link>
        )}
      </div>
      <ol className="divide-y divide-stone-200 dark:divide-stone-800">
        {hits.map((hit) => (
          <li key={hit.id} className="py-4">
            <SearchHit hit={hit} />
          </li>
        ))}
      </ol>
    </section>
  );
}
