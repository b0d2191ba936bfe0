import Link from "next/link";
import type { DashboardCounts } from "@/db/queries/dashboard";

const number = new Intl.NumberFormat("en-GB");

/** The figures at a glance, since this week's slot. */
export function Glance({ counts }: { counts: DashboardCounts }) {
  const tiles = [
    { label: "Open reports", value: counts.openReports, href: "/admin/moderation" },
    { label: "Comments this week", value: counts.comments, href: "/admin/moderation?view=recent" },
    { label: "New readers this week", value: counts.newReaders },
    { label: "Scores this week", value: counts.scores },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {tiles.map((tile) => (
        <div
          key={tile.label}
          className="rounded-lg border border-stone-300 p-4 dark:border-stone-700"
        >
          <dt className="text-sm text-muted dark:text-night-muted">
            {tile.href ? (
              <Link href={tile.href} className="underline-offset-4 hover:underline">
                {tile.label}
              </Link>
            ) : (
              tile.label
            )}
          </dt>
          <dd className="mt-1 font-serif text-3xl font-semibold tabular-nums">
            {number.format(tile.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
