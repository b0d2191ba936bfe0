import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "..";
import {
  comments,
  favouriteTracks,
  readerScores,
  reviews,
  soundtracks,
  tracks,
  users,
} from "../schema";
import { isLiveRow } from "./live";
import { plainExcerpt } from "@/lib/comment-excerpt";

export const PROFILE_COMMENT_LIMIT = 10;

export type PublicProfile = {
  id: string;
  name: string;
  handle: string;
  joinedAt: Date;
  /** The reader keeps their scores to themselves: the profile does not show them. */
  scoresPrivate: boolean;
};

/** A reader's public face; undefined for an unknown handle or a banned reader. */
export async function getPublicProfile(handle: string): Promise<PublicProfile | undefined> {
  const [row] = await getDb()
    .select({
      id: users.id,
      name: users.name,
      handle: users.handle,
      joinedAt: users.createdAt,
      scoresPrivate: users.scoresPrivate,
    })
    .from(users)
    .where(and(eq(users.handle, handle), isNull(users.bannedAt)));
  if (!row?.handle) return undefined;
  return { ...row, name: row.name ?? row.handle, handle: row.handle };
}

export type ProfileScore = {
  soundtrackId: number;
  slug: string;
  filmTitle: string;
  /** The reader's score and the critic's, in tenths. */
  score: number;
  criticScore: number | null;
  scoredAt: Date;
};

/** Every score the reader gave to a soundtrack with a live review, latest first. */
export async function getProfileScores(userId: string): Promise<ProfileScore[]> {
  return getDb()
    .select({
      soundtrackId: readerScores.soundtrackId,
      slug: reviews.slug,
      filmTitle: soundtracks.filmTitle,
      score: readerScores.score,
      criticScore: reviews.criticScore,
      scoredAt: readerScores.updatedAt,
    })
    .from(readerScores)
    .innerJoin(soundtracks, eq(soundtracks.id, readerScores.soundtrackId))
    .innerJoin(reviews, eq(reviews.soundtrackId, readerScores.soundtrackId))
    .where(and(eq(readerScores.userId, userId), isLiveRow()))
    .orderBy(desc(readerScores.updatedAt), desc(readerScores.soundtrackId));
}

export type ProfileComment = {
  id: number;
  slug: string;
  filmTitle: string;
  /** Plain text; null for a comment marked as a spoiler, which is only shown on the review. */
  excerpt: string | null;
  createdAt: Date;
};

/** The reader's latest comments on live reviews, deleted and hidden ones left out. */
export async function getProfileComments(
  userId: string,
  limit = PROFILE_COMMENT_LIMIT,
): Promise<ProfileComment[]> {
  const rows = await getDb()
    .select({
      id: comments.id,
      body: comments.body,
      isSpoiler: comments.isSpoiler,
      createdAt: comments.createdAt,
      slug: reviews.slug,
      filmTitle: soundtracks.filmTitle,
    })
    .from(comments)
    .innerJoin(reviews, eq(reviews.id, comments.reviewId))
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(
      and(
        eq(comments.authorId, userId),
        isNull(comments.deletedAt),
        isNull(comments.hiddenAt),
        isLiveRow(),
      ),
    )
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit);
  return rows.map(({ body, isSpoiler, ...row }) => ({
    ...row,
    excerpt: isSpoiler ? null : plainExcerpt(body),
  }));
}

export type ProfileFavourites = {
  soundtrackId: number;
  slug: string;
  filmTitle: string;
  tracks: { id: number; disc: number; position: number; title: string }[];
};

/** The reader's favourite tracks of soundtracks with a live review, by film, in album order. */
export async function getProfileFavourites(userId: string): Promise<ProfileFavourites[]> {
  const rows = await getDb()
    .select({
      soundtrackId: soundtracks.id,
      slug: reviews.slug,
      filmTitle: soundtracks.filmTitle,
      id: tracks.id,
      disc: tracks.disc,
      position: tracks.position,
      title: tracks.title,
    })
    .from(favouriteTracks)
    .innerJoin(tracks, eq(tracks.id, favouriteTracks.trackId))
    .innerJoin(soundtracks, eq(soundtracks.id, favouriteTracks.soundtrackId))
    .innerJoin(reviews, eq(reviews.soundtrackId, favouriteTracks.soundtrackId))
    .where(and(eq(favouriteTracks.userId, userId), isLiveRow()))
    .orderBy(
      asc(soundtracks.filmTitle),
      asc(soundtracks.id),
      asc(tracks.disc),
      asc(tracks.position),
    );
  const groups = new Map<number, ProfileFavourites>();
  for (const { soundtrackId, slug, filmTitle, ...track } of rows) {
    const group = groups.get(soundtrackId) ?? { soundtrackId, slug, filmTitle, tracks: [] };
    group.tracks.push(track);
    groups.set(soundtrackId, group);
  }
  return [...groups.values()];
}
