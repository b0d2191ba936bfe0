"use client";

import Link from "next/link";
import { UnreadBadge } from "./unread-badge";

/**
 * The account menu's way to the notifications, with the unread count. Its name is its text (no
 * aria-label), so what a speech user reads on screen is what they can say: "Notifications 2".
 */
export function NotificationsLink({ className }: { className: string }) {
  return (
    <Link href="/notifications" className={`flex items-center gap-2 ${className}`}>
      Notifications <UnreadBadge />
    </Link>
  );
}
