// What the rows of readers compared (issue 18) need from the served database: the reader the
// bench signs in as, the reader with the most soundtracks in common with them, and readers for
// them to follow (the catalogue has no follows: made on the run's copy, the most active readers).
import { createClient } from "@libsql/client";
import { BENCH_PROFILE_HANDLE } from "./data/index.ts";

/** How many readers the bench reader follows on the run's copy, the most active first. */
export const FOLLOWED = 200;

/**
 * The other target for a page read per reader: precomputed on write, every row of it
 * kept (keptOnWrite).
 */
export const keptInFull = (target) =>
  target.keptOnWrite?.made > 0 && target.keptOnWrite.kept === target.keptOnWrite.made;

/**
 * The other way for the Following page, "precomputed incrementally on write": how many
 * rows of the reader's page follower_activity holds (its triggers write them with each score,
 * comment and follow), against the scores and comments of the readers they follow.
 */
async function keptOnWrite(rows, followerId) {
  const [{ kept }] = await rows(
    "SELECT count(*) AS kept FROM follower_activity WHERE follower_id = ?",
    [followerId],
  );
  const [{ made }] = await rows(
    `SELECT (SELECT count(*) FROM reader_scores s JOIN follows f ON f.followed_id = s.user_id
             WHERE f.follower_id = ?1)
          + (SELECT count(*) FROM comments c JOIN follows f ON f.followed_id = c.author_id
             WHERE f.follower_id = ?1) AS made`,
    [followerId],
  );
  return { kept: Number(kept), made: Number(made) };
}

/**
 * The partner of the comparison row, and the follows of the Following row, written through a
 * client of their own (the phases' client only reads).
 */
export async function prepareTaste(databaseUrl) {
  const client = createClient({ url: databaseUrl });
  const rows = async (sql, args = []) => (await client.execute({ sql, args })).rows;
  try {
    const [me] = await rows("SELECT id FROM users WHERE handle = ?", [BENCH_PROFILE_HANDLE]);
    const [partner] = await rows(
      `SELECT u.handle, count(*) AS in_common FROM reader_scores m
       JOIN reader_scores o ON o.soundtrack_id = m.soundtrack_id AND o.user_id <> m.user_id
       JOIN users u ON u.id = o.user_id AND u.banned_at IS NULL AND u.scores_private = 0
       WHERE m.user_id = ? GROUP BY o.user_id ORDER BY in_common DESC, u.handle LIMIT 1`,
      [me.id],
    );
    await rows(
      `INSERT OR IGNORE INTO follows (follower_id, followed_id, created_at)
       SELECT ?, user_id, ? FROM (
         SELECT user_id FROM reader_scores WHERE user_id <> ?
         GROUP BY user_id ORDER BY count(*) DESC, user_id LIMIT ?)`,
      [me.id, Date.now(), me.id, FOLLOWED],
    );
    const [{ n: followed }] = await rows(
      "SELECT count(*) AS n FROM follows WHERE follower_id = ?",
      [me.id],
    );
    return {
      partner: String(partner.handle),
      inCommon: Number(partner.in_common),
      followed: Number(followed),
      keptOnWrite: await keptOnWrite(rows, me.id),
    };
  } finally {
    client.close();
  }
}
