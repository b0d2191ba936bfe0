"use client";

import { useUnreadCount } from "@/components/viewer/use-viewer";

/**
 * The signed-in reader's unread notifications as a small count, nothing when there are none.
 * The words after the number are for screen readers: "Notifications 2 unread".
 */
export function UnreadBadge({
  unreadLabel = "unread",
  className = "",
}: {
  unreadLabel?: string;
  className?: string;
}) {
  const unread = useUnreadCount() ?? 0;
  if (unread === 0) return null;
  return (
    <span
      className={`rounded-full bg-accent px-1.5 text-xs leading-5 font-semibold text-white tabular-nums dark:bg-night-accent dark:text-stone-950 ${className}`}
    >
      {unread > 99 ? "99+" : unread}
      <span className="sr-only"> {unreadLabel}</span>
    </span>
  );
}
