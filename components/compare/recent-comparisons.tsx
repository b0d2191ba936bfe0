import Link from "next/link";
import { EmptyState } from "@/components/site/empty-state";
import type { RecentComparison } from "@/db/queries/compare-archive";
import { comparePath } from "@/lib/compare-path";
import { formatDate } from "@/lib/format";

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/** The comparisons readers opened lately, most recent first, each a link to its page. */
export function RecentComparisons({ comparisons }: { comparisons: RecentComparison[] }) {
  return (
    <section aria-labelledby="recent-heading" className="mt-12">
      <h2 id="recent-heading" className="font-serif text-2xl font-semibold">
        Recently compared
      </h2>
      {comparisons.length === 0 ? (
        <div className="mt-4">
          <EmptyState title="No comparisons yet">
            Comparisons readers open will be listed here, the latest first.
          </EmptyState>
        </div>
      ) : (
        <ul className="mt-4 divide-y divide-stone-200 dark:divide-stone-800">
          {comparisons.map((c) => (
            <li key={c.key} className="py-3">
              <Link
                href={comparePath(c.soundtracks.map((s) => s.slug))}
                className="font-serif text-lg font-semibold underline-offset-4 hover:underline"
              >
                {c.soundtracks.map((s) => s.filmTitle).join(" vs ")}
              </Link>
              <p className="text-sm text-soft">
                Opened {times(c.openedCount)}, last on {formatDate(c.lastOpenedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
