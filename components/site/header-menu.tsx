"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The header's menus open over the page, below the header's bar. */
const menuPanelClass =
  "absolute right-0 z-40 mt-2 rounded-md border border-stone-300 bg-paper p-2 shadow-lg dark:border-stone-700 dark:bg-night";

/** The wide header's own controls: a menu's button, and "Sign in" beside them. */
export const headerControlClass =
  "rounded-md px-2 py-1.5 text-sm font-medium hover:bg-stone-200/60 dark:hover:bg-stone-800";

/** Closes an open menu; focus inside it (or `refocus`) goes back to its button. */
function closeMenu(details: HTMLDetailsElement | null, { refocus = false } = {}) {
  if (!details?.open) return;
  const hadFocus = refocus || details.contains(document.activeElement);
  details.open = false;
  if (hadFocus) details.querySelector("summary")?.focus();
}

/**
 * A disclosure (`<details>`): it opens and closes without JavaScript, and the browser tells
 * assistive technology whether it is expanded. With JavaScript it also closes on Escape (focus
 * back on its button), on a click or focus elsewhere, and once a link in it has been followed.
 */
export function HeaderMenu({
  label,
  summary,
  className,
  panelClassName,
  children,
}: {
  /** Names the group the menu is (its button is named by what it shows). */
  label?: string;
  summary: React.ReactNode;
  className?: string;
  panelClassName: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && details.open) closeMenu(details, { refocus: true });
    };
    const onPointer = (event: PointerEvent) => {
      if (!details.contains(event.target as Node)) closeMenu(details);
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !details.contains(next)) closeMenu(details);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    details.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      details.removeEventListener("focusout", onFocusOut);
    };
  }, []);

  // The header stays while the page below it changes: a link followed from the menu (or signing
  // out) closes it, keeping the keyboard's place on its button rather than on a link now hidden.
  const shownAt = useRef(pathname);
  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    closeMenu(ref.current);
  }, [pathname]);

  return (
    <details ref={ref} aria-label={label} className={`group relative ${className ?? ""}`}>
      <summary
        className={`relative flex cursor-pointer list-none items-center gap-1.5 [&::-webkit-details-marker]:hidden ${headerControlClass}`}
      >
        {summary}
        <svg
          aria-hidden="true"
          viewBox="0 0 12 12"
          className="size-3 transition-transform group-open:rotate-180"
        >
          <path d="M2 4.5 6 8.5 10 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </summary>
      <div
        className={`${menuPanelClass} ${panelClassName}`}
        onClick={(event) => {
          if ((event.target as Element).closest("a")) closeMenu(ref.current);
        }}
      >
        {children}
      </div>
    </details>
  );
}
