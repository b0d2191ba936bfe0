"use client";

import Link from "next/link";
import { useUnreadCount } from "@/components/viewer/use-viewer";

/** The header's way to the notifications, with the unread count from the viewer's state. */
export function NotificationsLink({ className }: { className: string }) {
  const unread = useUnreadCount() ?? 0;
  return (
    <li>
      <Link
        href="/notifications"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
        className={`inline-flex items-center gap-1.5 ${className}`}
      >
        Notifications
        {unread > 0 && (
          <span
            aria-hidden="true"
            className="rounded-full bg-accent px-1.5 text-xs leading-5 font-semibold text-white tabular-nums dark:bg-night-accent dark:text-stone-950"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </Link>
    </li>
  );
}
