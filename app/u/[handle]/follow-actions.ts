"use server";

import { readerAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { followReader } from "@/db/queries/follows";
import { getPublicProfile } from "@/db/queries/profiles";
import { FOLLOW_MESSAGES, followInput } from "@/lib/follow-rules";

/**
 * The caller follows another reader, who is notified. Refused to the signed out and the banned
 * (by readerAction), for oneself, and for a reader the site does not show (unknown, banned or
 * deleted); following again changes nothing.
 */
export const follow = readerAction(
  { schema: followInput, refused: FOLLOW_MESSAGES.signedOut },
  async ({ handle }, { viewer }) => {
    const reader = await getPublicProfile(handle);
    if (!reader) return { ok: false, code: "gone", message: FOLLOW_MESSAGES.notFound };
    const result = await followReader(viewer.id, reader.id);
    switch (result) {
      case "self":
        return { ok: false, code: "refused", message: FOLLOW_MESSAGES.self };
      case "not-found":
        return { ok: false, code: "gone", message: FOLLOW_MESSAGES.notFound };
      case "banned":
        return { ok: false, code: "refused", message: FOLLOW_MESSAGES.banned };
      case "already-following":
      case "followed":
        return {
          ok: true,
          message: FOLLOW_MESSAGES.followed(reader.name),
          data: { following: true },
          ...(result === "followed" && {
            touched: writes.readerFollowed({ followerId: viewer.id, followedId: reader.id }),
          }),
        };
    }
  },
);
