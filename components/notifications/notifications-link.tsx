"use client";

import Link from "next/link";
import { useUnreadCount } from "@/components/viewer/use-viewer";

/**
 * The header's way to the notifications, with the unread count from the viewer's state. Its name
 * is its text (no aria-label), so what a speech user reads on screen is what they can say:
 * "Notifications 2".
 */
export function NotificationsLink({ className }: { className: string }) {
  const unread = useUnreadCount() ?? 0;
  return (
    <li>
      <Link href="/notifications" className={`inline-flex items-center gap-1.5 ${className}`}>
        Notifications{" "}
        {unread > 0 && (
          <span className="rounded-full bg-accent px-1.5 text-xs leading-5 font-semibold text-white tabular-nums dark:bg-night-accent dark:text-stone-950">
            {unread > 99 ? "99+" : unread}
            <span className="sr-only"> unread</span>
          </span>
        )}
      </Link>
    </li>
  );
}
