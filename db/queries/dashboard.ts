import "server-only";
import { count, gte, isNull } from "drizzle-orm";
import { getDb } from "..";
import { commentReports, comments, readerScores, users } from "../schema";

export type DashboardCounts = {
  openReports: number;
  comments: number;
  newReaders: number;
  scores: number;
};

/** The figures at a glance: open reports, and comments, new readers and scores since `since`. */
export async function getDashboardCounts(since: Date): Promise<DashboardCounts> {
  const db = getDb();
  const [reports, recent, readers, scores] = await db.batch([
    db.select({ n: count() }).from(commentReports).where(isNull(commentReports.resolvedAt)),
    db.select({ n: count() }).from(comments).where(gte(comments.createdAt, since)),
    db.select({ n: count() }).from(users).where(gte(users.createdAt, since)),
    db.select({ n: count() }).from(readerScores).where(gte(readerScores.updatedAt, since)),
  ]);
  return {
    openReports: reports[0]?.n ?? 0,
    comments: recent[0]?.n ?? 0,
    newReaders: readers[0]?.n ?? 0,
    scores: scores[0]?.n ?? 0,
  };
}
