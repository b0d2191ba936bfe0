import Link from "next/link";
import type { SearchCounts } from "@/db/queries/search-results";
import {
  formatCount,
  formatTotal,
  SEARCH_GROUPS,
  type SearchGroup,
  searchHref,
} from "@/lib/search-groups";

const tabClass =
  "inline-flex items-baseline gap-1.5 rounded-full border px-3 py-1 text-sm font-medium underline-offset-4 hover:underline";
const current =
  "border-ink bg-ink text-paper dark:border-night-ink dark:bg-night-ink dark:text-night";
const other = "border-stone-300 dark:border-stone-700";

type SearchTabsProps = {
  text: string;
  counts: SearchCounts["counts"];
  group: SearchGroup | undefined;
};

/** Every group of a search with how many it found: all of them, or one group on its own. */
export function SearchTabs({ text, counts, group }: SearchTabsProps) {
  const tabs = [
    {
      key: "all",
      label: "All",
      n: formatTotal(counts),
      href: searchHref({ text }),
      active: !group,
    },
    ...SEARCH_GROUPS.map((g) => ({
      key: g.param,
      label: g.label,
      n: formatCount(counts[g.kind]),
      href: searchHref({ text, group: g.param }),
      active: g === group,
    })),
  ];
  return (
    <nav aria-label="Kinds of result" className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.active ? "page" : undefined}
              className={`${tabClass} ${tab.active ? current : other}`}
            >
              {tab.label}
              <span className={`tabular-nums ${tab.active ? "" : "text-soft"}`}>{tab.n}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
