import Link from "next/link";
import { AccountMenu } from "./account-menu";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-300/70 dark:border-stone-700">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/" className="group flex items-baseline gap-2">
          <span className="font-serif text-xl font-semibold tracking-tight sm:text-2xl">
            Exploring Soundtracks
          </span>
          <span className="hidden text-sm text-soft sm:inline">a weekly review series</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium whitespace-nowrap">
            <li>
              <Link href="/" className="hover:underline underline-offset-4">
                This week
              </Link>
            </li>
            <li>
              <Link href="/reviews" className="hover:underline underline-offset-4">
                Archive
              </Link>
            </li>
            <AccountMenu />
          </ul>
        </nav>
      </div>
    </header>
  );
}
