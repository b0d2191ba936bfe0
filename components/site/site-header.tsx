import Link from "next/link";
import { menuItemClass } from "@/components/forms/button-styles";
import { UnreadBadge } from "@/components/notifications/unread-badge";
import { HeaderSearch } from "@/components/search/header-search";
import { AccountLinks, AccountMenu } from "./account-menu";
import { HeaderMenu } from "./header-menu";

const SECTIONS = [
  { href: "/", label: "This week" },
  { href: "/reviews", label: "Archive" },
  { href: "/compare", label: "Compare" },
  { href: "/composers", label: "Composers" },
  { href: "/top-rated", label: "Top rated" },
];

function Sections({ className, linkClass }: { className: string; linkClass: string }) {
  return (
    <nav aria-label="Main">
      <ul className={className}>
        {SECTIONS.map(({ href, label }) => (
          <li key={href}>
            <Link href={href} className={linkClass}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
      <path d="M3 5.5h14M3 10h14M3 14.5h14" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/**
 * One line at every width. Wide screens (xl) show the sections, the search box and the account
 * menu; narrower ones the site's name, the search (a box from md, a link on a phone) and a
 * "Menu" disclosure holding the sections and the account, its button showing the unread count.
 * The header is the same cached HTML for everyone: the account's parts arrive with /api/viewer.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-300/70 dark:border-stone-700">
      <div className="mx-auto flex max-w-6xl items-center gap-x-2 px-4 py-3 sm:gap-x-4 sm:px-6">
        <Link
          href="/"
          className="mr-auto font-serif text-lg font-semibold tracking-tight whitespace-nowrap sm:text-2xl xl:mr-4"
        >
          Exploring Soundtracks
        </Link>
        <div className="hidden xl:mr-auto xl:block">
          <Sections
            className="flex gap-x-5 text-sm font-medium whitespace-nowrap"
            linkClass="underline-offset-4 hover:underline"
          />
        </div>
        <HeaderSearch />
        {/* As wide before the reader is known as after, so that nothing beside it moves. */}
        <div className="hidden w-52 justify-end xl:flex">
          <AccountMenu />
        </div>
        <HeaderMenu
          className="xl:hidden"
          summary={
            <>
              <MenuIcon />
              <span className="sr-only sm:not-sr-only">Menu</span>
              <UnreadBadge
                unreadLabel="unread notifications"
                className="absolute -top-1.5 -right-1.5"
              />
            </>
          }
          panelClassName="w-64 max-w-[calc(100vw-2rem)]"
        >
          <Sections className="" linkClass={menuItemClass} />
          <AccountLinks />
        </HeaderMenu>
      </div>
    </header>
  );
}
