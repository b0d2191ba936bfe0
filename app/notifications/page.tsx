import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/auth/viewer";
import { CommentTime } from "@/components/comments/comment-time";
import { DigestToggle, MarkAllRead, MarkRead } from "@/components/notifications/notification-forms";
import { getEmailDigest } from "@/db/queries/notification-digest";
import {
  getNotifications,
  NOTIFICATION_LIST_LIMIT,
  type NotificationView,
} from "@/db/queries/notifications";

export const metadata: Metadata = {
  title: "Notifications",
  robots: { index: false, follow: false },
};

function describe(n: NotificationView): string {
  if (n.kind === "follow") return `${n.actorName} started following you`;
  return n.kind === "reply"
    ? `${n.actorName} replied to your comment on ${n.filmTitle}`
    : `${n.actorName} liked your comment on ${n.filmTitle}`;
}

function NotificationItem({ notification: n }: { notification: NotificationView }) {
  const text = describe(n);
  return (
    <li
      className={`flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-t border-stone-300/70 py-4 first:border-t-0 dark:border-stone-700 ${
        n.read ? "text-soft" : ""
      }`}
    >
      <p className="min-w-0">
        {!n.read && (
          <span className="mr-2 inline-block size-2 rounded-full bg-accent align-middle dark:bg-night-accent">
            <span className="sr-only">Unread: </span>
          </span>
        )}
        {/* A plain link, never prefetched: opening it marks it read (app/notifications/[id]). */}
        <a
          href={`/notifications/${n.id}`}
          className={n.read ? "underline-offset-4 hover:underline" : "link-accent"}
        >
          {text}
        </a>
        <span className="ml-2 text-sm text-soft">
          <CommentTime date={n.createdAt} />
        </span>
      </p>
      {!n.read && <MarkRead id={n.id} label={`Mark read: ${text}`} />}
    </li>
  );
}

export default async function NotificationsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/notifications")}`);
  const [notifications, digest] = await Promise.all([
    getNotifications(viewer.id),
    getEmailDigest(viewer.id),
  ]);
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-semibold">Notifications</h1>
      <p className="mt-2 text-soft">
        Replies to your comments, likes on them, and readers who start following you.
      </p>
      <div className="mt-6">
        <DigestToggle on={digest} />
      </div>
      {notifications.length === 0 ? (
        <p className="mt-8 rounded-xl border border-dashed border-stone-400 px-6 py-10 text-center font-serif text-lg text-soft dark:border-stone-600">
          Nothing yet. When someone replies to your comment, likes it or follows you, it shows here.
        </p>
      ) : (
        <>
          {unread > 0 && (
            <div className="mt-8">
              <MarkAllRead />
            </div>
          )}
          <ol aria-label="Notifications" className="mt-4">
            {notifications.map((n) => (
              <NotificationItem key={n.id} notification={n} />
            ))}
          </ol>
          {notifications.length === NOTIFICATION_LIST_LIMIT && (
            <p className="mt-4 text-sm text-soft">
              The {NOTIFICATION_LIST_LIMIT} newest are shown.
            </p>
          )}
        </>
      )}
    </div>
  );
}
