"use server";

import { z } from "zod";
import { readerAction } from "@/auth/action";
import { setEmailDigest } from "@/db/queries/notification-digest";
import * as data from "@/db/queries/notifications";

// Notifications are the reader's own: no cached page shows them, so no tag is touched.

const SIGN_IN = "Sign in to see your notifications.";

const markOneSchema = z.object({
  id: z.coerce.number({ error: "Missing notification." }).int().positive(),
});

export const markNotificationRead = readerAction(
  { schema: markOneSchema, refused: SIGN_IN },
  async ({ id }, { viewer }) => {
    if (!(await data.markNotificationRead(viewer.id, id))) {
      return {
        ok: false,
        code: "gone",
        message: "This notification is no longer there. Reload the page.",
      };
    }
    return {
      ok: true,
      message: "Marked as read.",
      data: { unread: await data.getUnreadCount(viewer.id) },
    };
  },
);

export const markAllNotificationsRead = readerAction(
  { schema: z.object({}), refused: SIGN_IN },
  async (_input, { viewer }) => {
    const marked = await data.markAllNotificationsRead(viewer.id);
    return {
      ok: true,
      message: marked === 0 ? "Nothing was unread." : "All notifications are marked as read.",
      data: { unread: 0 },
    };
  },
);

const digestSchema = z.object({ digest: z.enum(["on", "off"], { error: "Choose on or off." }) });

export const saveEmailDigest = readerAction(
  { schema: digestSchema, refused: SIGN_IN },
  async ({ digest }, { viewer }) => {
    await setEmailDigest(viewer.id, digest === "on");
    return {
      ok: true,
      message:
        digest === "on"
          ? "You will get one email a day when something is unread."
          : "No more daily emails.",
      data: { digest: digest === "on" },
    };
  },
);
