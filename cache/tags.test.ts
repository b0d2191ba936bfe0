import { describe, expect, expectTypeOf, it } from "vitest";
import { type PageTags, reads, tags, writes } from "./tags";

type Inputs<T extends Record<string, (...input: never[]) => string[]>> = {
  [K in keyof T]: Parameters<T[K]>;
};

const reviewId = 3;
const soundtrackId = 5;
const userId = "reader-1";
const comment = { reviewId, authorId: userId };

// One input for every write and every read (the types insist), with lists that are not empty so
// that every tag each one can touch appears.
const writeInputs: Inputs<typeof writes> = {
  commentPosted: [comment],
  commentEdited: [comment],
  commentDeleted: [comment],
  commentLiked: [{ reviewId }],
  commentsHidden: [[comment]],
  commentsDeleted: [[comment]],
  readerBanned: [
    { userId, reviewIds: [reviewId], readerIds: ["reader-2"], listedSoundtrackIds: [6] },
  ],
  scoreSaved: [{ soundtrackId, userId }],
  favouritesSaved: [{ soundtrackId, userId }],
  accountRenamed: [{ userId, reviewIds: [reviewId] }],
  accountDeleted: [
    {
      userId,
      reviewIds: [reviewId],
      soundtrackIds: [soundtrackId],
      readerIds: ["reader-2"],
      listedSoundtrackIds: [6],
    },
  ],
  readerFollowed: [{ followerId: userId, followedId: "reader-2" }],
  scoresPrivacySet: [{ userId }],
  readerListChanged: [{ userId, soundtrackIds: [soundtrackId] }],
  reviewPublished: [{ reviewId }],
  reviewsImported: [],
  reviewSaved: [{ reviewId }],
};

const readInputs: Inputs<typeof reads> = {
  home: [[{ id: reviewId }]],
  archivePage: [[{ id: reviewId, soundtrack: { id: soundtrackId } }]],
  reviewPage: [{ reviewId, soundtrackId }],
  compareWith: [],
  discussionPage: [{ reviewId, soundtrackId }],
  reviewImage: [{ reviewId }],
  reviewNotLive: [{ movedReviewId: reviewId }],
  comparePage: [[{ id: soundtrackId, reviewId }]],
  compareImage: [[{ reviewId }]],
  compareNotFound: [],
  composers: [],
  composerPage: [[{ soundtrackId }]],
  topRated: [],
  search: [],
  profile: [{ userId }],
  listedIn: [{ soundtrackId }],
  readerComparison: [{ userIds: [userId, "reader-2"] }],
  readersLikeYou: [{ userId }],
  feed: [[{ id: reviewId }]],
  sitemap: [],
};

/** Whether a tag is one of a family's: its fixed tag, or what its builder makes of some id. */
const MARK = "\u0000";
const families = Object.entries(tags).map(([family, tag]) => {
  if (typeof tag === "string") return { family, has: (t: string) => t === tag };
  const [before = "", after = ""] = (tag as (id: string) => string)(MARK).split(MARK);
  return {
    family,
    has: (t: string) =>
      t.length > before.length + after.length && t.startsWith(before) && t.endsWith(after),
  };
});

/** A tag's family, or the tag quoted when it is not one family's exactly. */
function familyOf(tag: string): string {
  const found = families.filter(({ has }) => has(tag));
  return found.length === 1 ? found[0]!.family : `"${tag}"`;
}

/** Each write's or read's name, with the families of the tags it makes from its input. */
function touched<T extends Record<string, (...input: never[]) => string[]>>(
  made: T,
  inputs: Inputs<T>,
): [string, Set<string>][] {
  return Object.entries(inputs).map(([name, input]) => {
    const make = made[name] as unknown as (...input: unknown[]) => string[];
    return [name, new Set(make(...(input as unknown[])).map(familyOf))];
  });
}

const written = touched(writes, writeInputs);
const read = touched(reads, readInputs);
const allOf = (each: [string, Set<string>][]) => new Set(each.flatMap(([, f]) => [...f]));

/** "<name> <verb> <family>" for every family one of `each` touches that `other` does not. */
function missing(each: [string, Set<string>][], other: Set<string>, verb: string): string[] {
  return each.flatMap(([name, fams]) =>
    [...fams].filter((f) => !other.has(f)).map((f) => `${name} ${verb} ${f}`),
  );
}

// tsc checks that a page is tagged with its reads only, never a list written by hand.
expectTypeOf(reads.sitemap()).toEqualTypeOf<PageTags>();
expectTypeOf<string[]>().not.toExtend<PageTags>();

describe("cache tags", () => {
  it("names every tag a write touches or a page reads after one family of tags", () => {
    const named = new Set(Object.keys(tags));
    expect(missing([...written, ...read], named, "makes a tag not of exactly one family:")).toEqual(
      [],
    );
  });

  it("has every tag a write touches read by some page", () => {
    expect(missing(written, allOf(read), "touches, nobody reads,")).toEqual([]);
  });

  it("has every tag a page reads touched by some write", () => {
    expect(missing(read, allOf(written), "reads, nothing writes,")).toEqual([]);
  });

  it("reads every family of tags it names", () => {
    const unread = Object.keys(tags).filter((f) => !allOf(read).has(f));
    expect(unread).toEqual([]);
  });
});
