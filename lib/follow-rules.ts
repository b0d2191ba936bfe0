import { z } from "zod";

/** What the follow and unfollow actions take: the other reader's handle, as their profile shows it. */
export const followInput = z.object({
  handle: z
    .string({ error: "Say which reader." })
    .trim()
    .min(1, "Say which reader.")
    .max(64, "That is not a reader’s username."),
});

/** What following says, one place for the actions, the button and the tests. */
export const FOLLOW_MESSAGES = {
  followed: (name: string) =>
    `You follow ${name} now: their scores and comments show on your Following page.`,
  unfollowed: (name: string) => `You no longer follow ${name}.`,
  self: "You can’t follow yourself.",
  notFound: "That reader isn’t on the site any more.",
  banned: "Your account can’t follow readers just now.",
  signedOut: "Sign in to follow readers.",
};

/** The answer of GET /api/follow-state?handle=…, for the signed-in reader only. */
export type FollowState = { following: boolean };
