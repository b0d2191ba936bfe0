"use server";

import { adminAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { getCommentedReviewIds, getReaderReach } from "@/db/queries/account";
import * as data from "@/db/queries/moderation-writes";
import { commentCount } from "@/lib/moderation";
import { banSchema, bulkCommentsSchema, unbanSchema } from "@/lib/moderation-schemas";

// adminAction refuses anyone but an admin before the form is even read; the data layer only
// changes comments and readers in the state each action applies to, and logs each change.

type BulkWords = {
  /** Said when none of the selection was in a state the action applies to. */
  none: string;
  /** "hidden …", after "2 comments". */
  done: (changed: number) => string;
  /** What the rest of the selection already was. */
  skipped: string;
};

/** An action on the ticked comments: "2 comments hidden …", and how many were already so. */
function bulkAction(
  moderate: typeof data.hideComments,
  touched: (changed: data.ModeratedComment[]) => string[],
  words: BulkWords,
) {
  return adminAction({ schema: bulkCommentsSchema }, async ({ commentIds }, { viewer }) => {
    const changed = await moderate({ actorId: viewer.id, commentIds });
    if (changed.length === 0) return { ok: false, message: words.none };
    const rest = commentIds.length - changed.length;
    const also =
      rest > 0 ? ` ${commentCount(rest)} ${rest === 1 ? "was" : "were"} ${words.skipped}.` : "";
    return {
      ok: true,
      message: `${commentCount(changed.length)} ${words.done(changed.length)}.${also}`,
      touched: touched(changed),
    };
  });
}

const resolved = (n: number) => `and ${n === 1 ? "its" : "their"} open reports resolved`;

export const hideComments = bulkAction(data.hideComments, writes.commentsHidden, {
  none: "Nothing to hide: those comments are already hidden or deleted.",
  done: (n) => `hidden ${resolved(n)}`,
  skipped: "already hidden or deleted",
});

export const unhideComments = bulkAction(data.unhideComments, writes.commentsHidden, {
  none: "Nothing to unhide: none of those comments is hidden.",
  done: () => "visible again",
  skipped: "not hidden",
});

export const deleteComments = bulkAction(data.deleteComments, writes.commentsDeleted, {
  none: "Nothing to delete: those comments are already deleted.",
  done: (n) => `deleted ${resolved(n)}`,
  skipped: "already deleted",
});

const BAN_REFUSED = {
  "not-found": "That reader no longer exists.",
  admin: "Admins cannot be banned.",
  self: "You cannot ban yourself.",
} as const;

/** Bans a reader (`banned`) or lifts their ban, with the reason the form gave. */
function banAction(
  banned: boolean,
  schema: typeof banSchema,
  words: { invalid: string; unchanged: string; done: string },
) {
  return adminAction({ schema, invalid: words.invalid }, async ({ userId, reason }, { viewer }) => {
    const result = await data.setReaderBan({ actorId: viewer.id, userId, banned, reason });
    if (result === "unchanged") return { ok: false, message: words.unchanged };
    if (result !== "done") return { ok: false, message: BAN_REFUSED[result] };
    return {
      ok: true,
      message: words.done,
      touched: writes.readerBanned({
        userId,
        reviewIds: await getCommentedReviewIds(userId),
        ...(await getReaderReach(userId)),
      }),
      values: { reason: "" },
    };
  });
}

export const banReader = banAction(true, banSchema, {
  invalid: "The ban needs a reason.",
  unchanged: "That reader is already banned.",
  done: "The reader is banned. They will see your reason if they try to take part.",
});

export const unbanReader = banAction(false, unbanSchema, {
  invalid: "Lifting a ban needs a reason.",
  unchanged: "That reader is not banned.",
  done: "The ban is lifted.",
});
