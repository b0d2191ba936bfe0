"use server";

import { adminAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import * as data from "@/db/queries/moderation-writes";
import { commentCount } from "@/lib/moderation";
import { banSchema, bulkCommentsSchema, unbanSchema } from "@/lib/moderation-schemas";

// adminAction refuses anyone but an admin before the form is even read; the data layer only
// changes comments and readers in the state each action applies to, and logs each change.

/** "2 comments hidden …", and how many of the selection were already so. */
function outcome(done: number, asked: number, what: string, skipped: string): string {
  const rest = asked - done;
  const also = rest > 0 ? ` ${commentCount(rest)} ${rest === 1 ? "was" : "were"} ${skipped}.` : "";
  return `${commentCount(done)} ${what}.${also}`;
}

const resolved = (n: number) => `and ${n === 1 ? "its" : "their"} open reports resolved`;

export const hideComments = adminAction(
  { schema: bulkCommentsSchema },
  async ({ commentIds }, { viewer }) => {
    const hidden = await data.hideComments({ actorId: viewer.id, commentIds });
    if (hidden.length === 0) {
      return {
        ok: false,
        message: "Nothing to hide: those comments are already hidden or deleted.",
      };
    }
    return {
      ok: true,
      message: outcome(
        hidden.length,
        commentIds.length,
        `hidden ${resolved(hidden.length)}`,
        "already hidden or deleted",
      ),
      touched: writes.commentsHidden(hidden),
    };
  },
);

export const unhideComments = adminAction(
  { schema: bulkCommentsSchema },
  async ({ commentIds }, { viewer }) => {
    const shown = await data.unhideComments({ actorId: viewer.id, commentIds });
    if (shown.length === 0) {
      return { ok: false, message: "Nothing to unhide: none of those comments is hidden." };
    }
    return {
      ok: true,
      message: outcome(shown.length, commentIds.length, "visible again", "not hidden"),
      touched: writes.commentsHidden(shown),
    };
  },
);

export const deleteComments = adminAction(
  { schema: bulkCommentsSchema },
  async ({ commentIds }, { viewer }) => {
    const deleted = await data.deleteComments({ actorId: viewer.id, commentIds });
    if (deleted.length === 0) {
      return { ok: false, message: "Nothing to delete: those comments are already deleted." };
    }
    return {
      ok: true,
      message: outcome(
        deleted.length,
        commentIds.length,
        `deleted ${resolved(deleted.length)}`,
        "already deleted",
      ),
      touched: writes.commentsDeleted(deleted),
    };
  },
);

const BAN_REFUSED = {
  "not-found": "That reader no longer exists.",
  admin: "Admins cannot be banned.",
  self: "You cannot ban yourself.",
} as const;

export const banReader = adminAction(
  { schema: banSchema, invalid: "The ban needs a reason." },
  async ({ userId, reason }, { viewer }) => {
    const result = await data.setReaderBan({ actorId: viewer.id, userId, banned: true, reason });
    if (result === "unchanged") return { ok: false, message: "That reader is already banned." };
    if (result !== "done") return { ok: false, message: BAN_REFUSED[result] };
    return {
      ok: true,
      message: "The reader is banned. They will see your reason if they try to take part.",
      touched: writes.readerBanned({ userId }),
      values: { reason: "" },
    };
  },
);

export const unbanReader = adminAction(
  { schema: unbanSchema, invalid: "Lifting a ban needs a reason." },
  async ({ userId, reason }, { viewer }) => {
    const result = await data.setReaderBan({ actorId: viewer.id, userId, banned: false, reason });
    if (result === "unchanged") return { ok: false, message: "That reader is not banned." };
    if (result !== "done") return { ok: false, message: BAN_REFUSED[result] };
    return {
      ok: true,
      message: "The ban is lifted.",
      touched: writes.readerBanned({ userId }),
      values: { reason: "" },
    };
  },
);
