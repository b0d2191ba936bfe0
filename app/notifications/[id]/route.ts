import { z } from "zod";
import { getViewer } from "@/auth/viewer";
import { getNotification, markNotificationRead } from "@/db/queries/notifications";

const idSchema = z.coerce.number().int().positive();

/** A redirect the browser does not keep: where it leads depends on who asks. */
function goTo(path: string) {
  return new Response(null, {
    status: 303,
    headers: { location: path, "cache-control": "private, no-store" },
  });
}

/**
 * Opening a notification: marks it read and goes to its comment. Only the reader's own: anyone
 * else's, a removed one or a malformed id lands on the reader's list, having changed nothing.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const viewer = await getViewer();
  if (!viewer) {
    return goTo(`/sign-in?callbackUrl=${encodeURIComponent(`/notifications/${raw}`)}`);
  }
  const id = idSchema.safeParse(raw);
  const notification = id.success ? await getNotification(viewer.id, id.data) : null;
  if (!notification) return goTo("/notifications");
  await markNotificationRead(viewer.id, notification.id);
  return goTo(notification.href);
}
