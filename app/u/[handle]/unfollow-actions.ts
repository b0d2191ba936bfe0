"use server";

import { readerAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { unfollowReader } from "@/db/queries/follows";
import { getPublicProfile } from "@/db/queries/profiles";
import { FOLLOW_MESSAGES, followInput } from "@/lib/follow-rules";

/**
 * The caller stops following another reader (whose "started following you" goes too). Refused
 * to the signed out and the banned (by readerAction), and for a reader the site does not show.
 */
export const unfollow = readerAction(
  { schema: followInput, refused: FOLLOW_MESSAGES.signedOut },
  async ({ handle }, { viewer }) => {
    const reader = await getPublicProfile(handle);
    if (!reader) return { ok: false, code: "gone", message: FOLLOW_MESSAGES.notFound };
    if (reader.id === viewer.id)
      return { ok: false, code: "refused", message: FOLLOW_MESSAGES.self };
    const removed = await unfollowReader(viewer.id, reader.id);
    return {
      ok: true,
      message: FOLLOW_MESSAGES.unfollowed(reader.name),
      data: { following: false },
      ...(removed && {
        touched: writes.readerFollowed({ followerId: viewer.id, followedId: reader.id }),
      }),
    };
  },
);
