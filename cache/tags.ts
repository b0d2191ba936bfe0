import { LIST_TAG } from "./list-tag.mjs";

/**
 * Cache tags are named after the data a page shows. Each cached page's reads below list the tags
 * of what it shows (tagged with cache/next.ts `tagPage`), and each write lists exactly the tags it
 * changes; server actions invalidate those and nothing else. cache/tags.test.ts checks that every
 * tag a write touches is read by some page, and every tag a page reads is touched by some write.
 */
export const tags = {
  /**
   * Live reviews as lists (home, archive, composer pages, feed, sitemap) and the 404 of a review
   * not live yet. The cache also expires it when a scheduled review's time comes.
   */
  reviewList: LIST_TAG,
  /** A review's own text, track list and critic score. */
  review: (reviewId: number) => `review:${reviewId}`,
  /** The discussion under a review: its threads, like counts and count. */
  comments: (reviewId: number) => `comments:${reviewId}`,
  /** The comment count shown on a review's card in the lists. */
  commentCount: (reviewId: number) => `comment-count:${reviewId}`,
  /** Readers' average, count and histogram of a soundtrack. */
  scores: (soundtrackId: number) => `scores:${soundtrackId}`,
  /** How many readers picked each track of a soundtrack. */
  favourites: (soundtrackId: number) => `favourites:${soundtrackId}`,
  /** The readers' scores shown beside their comments in a soundtrack's review's discussion. */
  commentScores: (soundtrackId: number) => `comment-scores:${soundtrackId}`,
  /** A reader's public profile: their scores, comments and favourite tracks. */
  profile: (userId: string) => `profile:${userId}`,
  /** The top-rated page's readers' ranking: moves with any soundtrack's score. */
  readerRanking: "reader-ranking",
  /** How many readers' public lists hold a soundtrack, said on its review. */
  listCount: (soundtrackId: number) => `list-count:${soundtrackId}`,
};

/**
 * A list's changes show on its owner's profile (its title and size) and, while public, in the
 * count on the review of each soundtrack it holds. A list's own page renders per request: it is
 * private to its owner, or has their tools, so it is never cached for everyone.
 */
type ListWrite = { userId: string; soundtrackIds: number[] };
const listChanged = ({ userId, soundtrackIds }: ListWrite) => [
  tags.profile(userId),
  ...soundtrackIds.map(tags.listCount),
];

type CommentWrite = { reviewId: number; authorId: string };

/** Where a banned or deleted reader is counted besides their own pages (getReaderReach). */
type ReaderReach = { readerIds: string[]; listedSoundtrackIds: number[] };
const reachOf = ({ readerIds, listedSoundtrackIds }: ReaderReach) => [
  ...readerIds.map(tags.profile),
  ...listedSoundtrackIds.map(tags.listCount),
];

/** Which tags each write touches. A reader's own state (their likes, reports, preferences) is not cached. */
export const writes = {
  commentPosted: ({ reviewId, authorId }: CommentWrite) => [
    tags.comments(reviewId),
    tags.commentCount(reviewId),
    tags.profile(authorId),
  ],
  commentEdited: ({ reviewId, authorId }: CommentWrite) => [
    tags.comments(reviewId),
    tags.profile(authorId),
  ],
  commentDeleted: ({ reviewId, authorId }: CommentWrite) => [
    tags.comments(reviewId),
    tags.commentCount(reviewId),
    tags.profile(authorId),
  ],
  commentLiked: ({ reviewId }: { reviewId: number }) => [tags.comments(reviewId)],
  /**
   * A moderator hides or unhides comments: each stays in its thread (as a placeholder while
   * hidden) and in the counts, so the counts do not change; its author's profile lists it or not.
   */
  commentsHidden: (changed: CommentWrite[]) =>
    changed.flatMap(({ reviewId, authorId }) => [tags.comments(reviewId), tags.profile(authorId)]),
  /** A moderator deletes comments: as an author's own deletion, for each. */
  commentsDeleted: (changed: CommentWrite[]) =>
    changed.flatMap(({ reviewId, authorId }) => [
      tags.comments(reviewId),
      tags.commentCount(reviewId),
      tags.profile(authorId),
    ]),
  /**
   * A banned reader's profile is gone, and back when the ban is lifted; their name beside each of
   * their comments links to it or not; they leave (or rejoin) the counts of the readers they
   * follow or who follow them, and of the soundtracks in their public lists (ReaderReach).
   */
  readerBanned: (input: { userId: string; reviewIds: number[] } & ReaderReach) => [
    tags.profile(input.userId),
    ...input.reviewIds.map(tags.comments),
    ...reachOf(input),
  ],
  scoreSaved: ({ soundtrackId, userId }: { soundtrackId: number; userId: string }) => [
    tags.scores(soundtrackId),
    tags.commentScores(soundtrackId),
    tags.profile(userId),
    tags.readerRanking,
  ],
  favouritesSaved: ({ soundtrackId, userId }: { soundtrackId: number; userId: string }) => [
    tags.favourites(soundtrackId),
    tags.profile(userId),
  ],
  /** A reader's new name shows on their profile and beside each of their comments. */
  accountRenamed: ({ userId, reviewIds }: { userId: string; reviewIds: number[] }) => [
    tags.profile(userId),
    ...reviewIds.map(tags.comments),
  ],
  /**
   * A reader deletes their account: the discussions they wrote or liked in, the scores and
   * favourites of the soundtracks they scored or picked from, and the counts of ReaderReach lose them.
   */
  accountDeleted: (
    input: { userId: string; reviewIds: number[]; soundtrackIds: number[] } & ReaderReach,
  ) => [
    tags.profile(input.userId),
    ...reachOf(input),
    ...input.reviewIds.flatMap((id) => [tags.comments(id), tags.commentCount(id)]),
    ...input.soundtrackIds.flatMap((id) => [
      tags.scores(id),
      tags.commentScores(id),
      tags.favourites(id),
    ]),
    ...(input.soundtrackIds.length > 0 ? [tags.readerRanking] : []),
  ],
  /** Follows and unfollows move the counts on both readers' profiles. */
  readerFollowed: ({ followerId, followedId }: { followerId: string; followedId: string }) => [
    tags.profile(followerId),
    tags.profile(followedId),
  ],
  /** A reader's scores hidden from, or shown again on, their profile. */
  scoresPrivacySet: ({ userId }: { userId: string }) => [tags.profile(userId)],
  /**
   * A list made, edited, deleted, or an entry added, removed, moved or annotated: soundtrackIds
   * are those whose public count moved (none for a private list's entries).
   */
  readerListChanged: listChanged,
  /** Published, scheduled, rescheduled, unpublished or deleted: on or off the lists and its page. */
  reviewPublished: ({ reviewId }: { reviewId: number }) => [tags.reviewList, tags.review(reviewId)],
  /**
   * Reviews imported from files (npm run reviews:import) that are not drafts: on the lists, or
   * answering at their addresses (a new review has no page of its own cached but its 404, which
   * carries the lists' tag).
   */
  reviewsImported: () => [tags.reviewList],
  /** A live review edited in the editor (text, tracks, links, cover, address): its page and the lists. */
  reviewSaved: ({ reviewId }: { reviewId: number }) => [tags.reviewList, tags.review(reviewId)],
} satisfies Record<string, (input: never) => string[]>;

type ReviewRead = { reviewId: number; soundtrackId: number };
/** The tags of the lists of live reviews, for a page that shows nothing else that is cached. */
const listOnly = () => [tags.reviewList];

/** Which tags each cached page, route or part of one reads: what it shows and changes with. */
const pages = {
  /** The newest reviews and their comment counts. */
  home: (reviews: { id: number }[]) => [
    tags.reviewList,
    ...reviews.map((r) => tags.commentCount(r.id)),
  ],
  /** A page of the archive (alone or a composer's): its cards, their counts and readers' scores. */
  archivePage: (cards: { id: number; soundtrack: { id: number } }[]) => [
    tags.reviewList,
    ...cards.flatMap((r) => [tags.commentCount(r.id), tags.scores(r.soundtrack.id)]),
  ],
  /** The review with its discussion, scores and favourites; the week's links move with the lists. */
  reviewPage: ({ reviewId, soundtrackId }: ReviewRead) => [
    tags.review(reviewId),
    tags.comments(reviewId),
    tags.scores(soundtrackId),
    tags.commentScores(soundtrackId),
    tags.favourites(soundtrackId),
    tags.reviewList,
  ],
  /** Under a review, the soundtracks to compare it with: they move with the lists. */
  compareWith: listOnly,
  /** A sort and page of a review's discussion. */
  discussionPage: ({ reviewId, soundtrackId }: ReviewRead) => [
    tags.review(reviewId),
    tags.comments(reviewId),
    tags.commentScores(soundtrackId),
  ],
  /** A review's share image. */
  reviewImage: ({ reviewId }: { reviewId: number }) => [tags.review(reviewId)],
  /**
   * The 404 of a review's address that is not live (page or share image), or the lasting redirect
   * from an address a live review had before its slug changed.
   */
  reviewNotLive: ({ movedReviewId }: { movedReviewId?: number } = {}) => [
    tags.reviewList,
    ...(movedReviewId ? [tags.review(movedReviewId)] : []),
  ],
  /** A comparison: each soundtrack's review, readers' scores and favourites. */
  comparePage: (soundtracks: { id: number; reviewId: number }[]) => [
    tags.reviewList,
    ...soundtracks.flatMap((s) => [
      tags.review(s.reviewId),
      tags.scores(s.id),
      tags.favourites(s.id),
    ]),
  ],
  /** A comparison's share image: films and critic's scores. */
  compareImage: (soundtracks: { reviewId: number }[]) => [
    tags.reviewList,
    ...soundtracks.map((s) => tags.review(s.reviewId)),
  ],
  /** An address that names no comparison, or names one in another order: until one goes live. */
  compareNotFound: listOnly,
  composers: listOnly,
  /** A composer's soundtracks with their readers' scores. */
  composerPage: (soundtracks: { soundtrackId: number }[]) => [
    tags.reviewList,
    ...soundtracks.map((s) => tags.scores(s.soundtrackId)),
  ],
  /** The critic's ranking moves with the reviews, the readers' with every score. */
  topRated: () => [tags.reviewList, tags.readerRanking],
  /** Search, before anything is typed (its examples) and each search. */
  search: listOnly,
  profile: ({ userId }: { userId: string }) => [tags.profile(userId)],
  /** "In 3 readers' lists" on a review. */
  listedIn: ({ soundtrackId }: { soundtrackId: number }) => [tags.listCount(soundtrackId)],
  /**
   * Two readers compared: each one's scores, favourites, privacy and ban move with their profile's
   * tag; only soundtracks with a live review count, so it moves with the lists too.
   */
  readerComparison: ({ userIds }: { userIds: [string, string] }) => [
    ...userIds.map(tags.profile),
    tags.reviewList,
  ],
  /**
   * A reader's closest readers, kept a while (their search is costly): anew once the reader scores
   * (their profile's tag). Who among them was banned or hid their scores since is left out as
   * they are read (app/api/readers-like-you/closest-readers.ts).
   */
  readersLikeYou: ({ userId }: { userId: string }) => [tags.profile(userId)],
  /** The newest reviews, each whole. */
  feed: (reviews: { id: number }[]) => [tags.reviewList, ...reviews.map((r) => tags.review(r.id))],
  sitemap: listOnly,
} satisfies Record<string, (input: never) => string[]>;

declare const declaredInReads: unique symbol;
/** A page's tags as `reads` declares them: `tagPage` takes nothing else, never a list by hand. */
export type PageTags = string[] & { readonly [declaredInReads]: true };

export const reads = pages as {
  [P in keyof typeof pages]: (...input: Parameters<(typeof pages)[P]>) => PageTags;
};
