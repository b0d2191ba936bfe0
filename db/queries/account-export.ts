import "server-only";
import { asc, eq } from "drizzle-orm";
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

/** Everything the site keeps about a reader, as they download it from the settings page. */
export async function getAccountExport(userId: string) {
  const db = getDb();
  const [profile, ownComments, scores, favourites] = await db.batch([
    db
      .select({
        name: users.name,
        handle: users.handle,
        email: users.email,
        emailVerified: users.emailVerified,
        role: users.role,
        hideCrowdUntilScored: users.hideCrowdUntilScored,
        joinedAt: users.createdAt,
      })
      .from(users)
      .where(eq(users.id, userId)),
    db
      .select({
        id: comments.id,
        review: reviews.slug,
        film: soundtracks.filmTitle,
        replyTo: comments.parentId,
        body: comments.body,
        spoiler: comments.isSpoiler,
        likes: comments.likeCount,
        postedAt: comments.createdAt,
        editedAt: comments.editedAt,
        deletedAt: comments.deletedAt,
        hiddenAt: comments.hiddenAt,
      })
      .from(comments)
      .innerJoin(reviews, eq(reviews.id, comments.reviewId))
      .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
      .where(eq(comments.authorId, userId))
      .orderBy(asc(comments.createdAt)),
    db
      .select({
        film: soundtracks.filmTitle,
        tenths: readerScores.score,
        scoredAt: readerScores.createdAt,
        updatedAt: readerScores.updatedAt,
      })
      .from(readerScores)
      .innerJoin(soundtracks, eq(soundtracks.id, readerScores.soundtrackId))
      .where(eq(readerScores.userId, userId))
      .orderBy(asc(readerScores.createdAt)),
    db
      .select({
        film: soundtracks.filmTitle,
        track: tracks.title,
        pickedAt: favouriteTracks.createdAt,
      })
      .from(favouriteTracks)
      .innerJoin(tracks, eq(tracks.id, favouriteTracks.trackId))
      .innerJoin(soundtracks, eq(soundtracks.id, favouriteTracks.soundtrackId))
      .where(eq(favouriteTracks.userId, userId))
      .orderBy(asc(favouriteTracks.createdAt)),
  ]);
  if (!profile[0]) return undefined;
  return {
    profile: profile[0],
    comments: ownComments,
    scores: scores.map(({ tenths, ...score }) => ({ ...score, score: tenths / 10 })),
    favourites,
  };
}
