import Link from "next/link";

const LINKS = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/moderation", label: "Moderation" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/newsletter", label: "Newsletter" },
  { href: "/admin/csp-reports", label: "Policy reports" },
  { href: "/admin/settings", label: "Site settings" },
] as const;

export function AdminNav() {
  return (
    <nav aria-label="Admin" className="border-b border-stone-300 pb-3 dark:border-stone-700">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-medium">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="text-muted hover:text-ink dark:text-night-muted dark:hover:text-night-ink"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
