import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { HeaderSearch } from "./search/header-search";

const SECTIONS = [
  { href: "/", label: "This week" },
  { href: "/reviews", label: "Archive" },
  { href: "/compare", label: "Compare" },
  { href: "/composers", label: "Composers" },
  { href: "/top-rated", label: "Top rated" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-stone-300/70 dark:border-stone-700">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="group mr-auto flex items-baseline gap-2">
          <span className="font-serif text-xl font-semibold tracking-tight sm:text-2xl">
            Exploring Soundtracks
          </span>
          <span className="hidden text-sm text-soft sm:inline">a weekly review series</span>
        </Link>
        <div className="w-full sm:w-auto">
          <HeaderSearch />
        </div>
        <nav aria-label="Main" className="w-full">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium whitespace-nowrap sm:gap-x-5">
            {SECTIONS.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="hover:underline underline-offset-4">
                  {label}
                </Link>
              </li>
            ))}
            <AccountMenu />
          </ul>
        </nav>
      </div>
    </header>
  );
}
