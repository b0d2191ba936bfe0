import Link from "next/link";

type Tab = "reported" | "recent" | "readers";

const TABS: { id: Tab; href: string; label: string }[] = [
  { id: "reported", href: "/admin/moderation", label: "Reported" },
  { id: "recent", href: "/admin/moderation?view=recent", label: "Recent" },
  { id: "readers", href: "/admin/moderation/readers", label: "Banned readers" },
];

/** The queue's two views and the banned readers; the reported count beside its tab. */
export function ModerationTabs({ current, reported }: { current: Tab; reported: number }) {
  return (
    <nav aria-label="Moderation views" className="mt-6">
      <ul className="flex flex-wrap gap-1 border-b border-stone-300 text-sm dark:border-stone-700">
        {TABS.map((tab) => {
          const active = tab.id === current;
          return (
            <li key={tab.id}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 font-medium ${
                  active
                    ? "border-accent text-ink dark:border-night-accent dark:text-night-ink"
                    : "border-transparent text-soft hover:text-ink dark:hover:text-night-ink"
                }`}
              >
                {tab.label}
                {tab.id === "reported" && reported > 0 && (
                  <span className="rounded-full bg-accent px-2 text-xs font-semibold text-white tabular-nums dark:bg-night-accent dark:text-night">
                    {reported.toLocaleString("en-GB")}
                    <span className="sr-only"> open</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
