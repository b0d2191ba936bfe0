import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations } from "@/db/migrate";
import { composers } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { COMMENT_PAGE_SIZE } from "@/lib/comment-rules";
import { MAX_FAVOURITES, SCORE_STEPS } from "@/lib/scores";
import {
  BENCH_NOW,
  BENCH_PROFILE_HANDLE,
  BENCH_READER_EMAIL,
  BENCH_READER_PASSWORD,
  BENCH_REVIEW_SLUG,
  BENCH_TARGETS,
  benchCounts,
  generateBenchData,
  parseCliArgs,
  type BenchDataResult,
} from "@/scripts/bench/data/index";
import { insertRows, type Writer } from "@/scripts/bench/data/database";

const SCALE = 0.005;
const dir = mkdtempSync(join(tmpdir(), "bench-data-"));
const urlA = `file:${join(dir, "a.db")}`;
const urlB = `file:${join(dir, "b.db")}`;

let result: BenchDataResult;
let client: Client;

async function rows(sql: string, args: (string | number)[] = []) {
  return (await client.execute({ sql, args })).rows;
}

async function one(sql: string, args: (string | number)[] = []): Promise<number> {
  const [row] = await rows(sql, args);
  return Number(row?.[0] ?? 0);
}

/**
 * Every table's rows in rowid order; password hashes are salted at random, so they are left out.
 * The search index counts by its own rows; its shadow tables are its storage, not data.
 */
async function checksum(url: string): Promise<string> {
  const db = createClient({ url });
  try {
    const hash = createHash("sha256");
    const tables = await db.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name",
    );
    for (const { name } of tables.rows) {
      const rs = await db.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`);
      const keep = rs.columns.map((c) => c !== "password_hash");
      hash.update(`${String(name)}:${rs.columns.join(",")}\n`);
      for (const row of rs.rows) {
        hash.update(`${JSON.stringify(Array.from(row).filter((_, i) => keep[i]))}\n`);
      }
    }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  result = await generateBenchData({ url: urlA, scale: SCALE });
  client = createClient({ url: urlA });
}, 30_000);

afterAll(() => {
  client?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("generateBenchData at a small scale", () => {
  const counts = benchCounts(SCALE);

  it("writes about scale × the targets", () => {
    const c = result.rowCounts;
    const close = (actual: number | undefined, expected: number, slack = 0.02) => {
      expect(actual).toBeGreaterThanOrEqual(Math.floor(expected * (1 - slack)));
      expect(actual).toBeLessThanOrEqual(Math.ceil(expected * (1 + slack)));
    };
    // The seed adds 7 soundtracks with reviews, their composers and tracks, and 2 demo accounts.
    close(c.soundtracks, BENCH_TARGETS.soundtracks * SCALE + 7);
    close(c.reviews, BENCH_TARGETS.soundtracks * SCALE + 7);
    close(c.users, BENCH_TARGETS.readers * SCALE + 2);
    close(c.tracks, BENCH_TARGETS.tracks * SCALE, 0.1);
    close(c.reader_scores, BENCH_TARGETS.readerScores * SCALE);
    close(c.comments, BENCH_TARGETS.comments * SCALE);
    close(c.comment_likes, BENCH_TARGETS.commentLikes * SCALE);
    close(c.favourite_tracks, BENCH_TARGETS.favouriteTracks * SCALE);
    expect(c.score_stats).toBe(c.soundtracks);
    expect(c.comment_reports).toBeGreaterThan(0);
    close(c.newsletter_subscribers, BENCH_TARGETS.subscribers * SCALE * 1.05);
  });

  it("subscribes exactly the target's addresses, half of them readers at their own address", async () => {
    const subscribed = "FROM newsletter_subscribers WHERE state = 'subscribed'";
    expect(await one(`SELECT count(*) ${subscribed}`)).toBe(counts.subscribers);
    expect(await one(`SELECT count(*) ${subscribed} AND confirmed_at IS NULL`)).toBe(0);
    expect(await one(`SELECT count(*) ${subscribed} AND user_id IS NOT NULL`)).toBe(
      Math.floor(counts.subscribers / 2),
    );
    expect(
      await one(`SELECT count(*) FROM newsletter_subscribers s JOIN users u ON u.id = s.user_id
        WHERE u.email <> s.email`),
    ).toBe(0);
    // The others are never mailed, in each of the states that says so.
    const others = await rows(
      "SELECT DISTINCT state FROM newsletter_subscribers WHERE state <> 'subscribed' ORDER BY state",
    );
    expect(others.map((r) => r.state)).toEqual(["bounced", "pending", "unsubscribed"]);
  });

  it("gives the seeded first review exactly max(50, 5000 × scale) comments, a fifth replies", async () => {
    const [review] = await rows("SELECT id FROM reviews WHERE slug = ?", [BENCH_REVIEW_SLUG]);
    const id = Number(review?.id);
    expect(result.review.id).toBe(id);
    expect(result.review.comments).toBe(counts.featuredComments);
    expect(await one("SELECT count(*) FROM comments WHERE review_id = ?", [id])).toBe(
      counts.featuredComments,
    );
    const replies = await one(
      "SELECT count(*) FROM comments WHERE review_id = ? AND parent_id IS NOT NULL",
      [id],
    );
    expect(replies).toBe(Math.round(counts.featuredComments * 0.2));
    expect(result.review.commentPages).toBe(Math.ceil(result.review.threads / COMMENT_PAGE_SIZE));
  });

  it("keeps replies one level deep, on the parent's review, and after it", async () => {
    const bad = await one(
      `SELECT count(*) FROM comments c JOIN comments p ON p.id = c.parent_id
       WHERE p.parent_id IS NOT NULL OR p.review_id <> c.review_id OR c.created_at <= p.created_at`,
    );
    expect(bad).toBe(0);
    const ratio =
      (await one("SELECT count(*) FROM comments WHERE parent_id IS NOT NULL")) /
      (await one("SELECT count(*) FROM comments"));
    expect(ratio).toBeGreaterThan(0.15);
    expect(ratio).toBeLessThan(0.25);
  });

  it("publishes every review in the past, with distinct weeks, and comments in between", async () => {
    const nowS = BENCH_NOW.getTime() / 1000;
    expect(
      await one(
        "SELECT count(*) FROM reviews WHERE status <> 'published' OR published_at IS NULL OR published_at > ?",
        [nowS],
      ),
    ).toBe(0);
    expect(await one("SELECT count(DISTINCT week_number) FROM reviews")).toBe(
      await one("SELECT count(week_number) FROM reviews"),
    );
    expect(
      await one(
        `SELECT count(*) FROM comments c JOIN reviews r ON r.id = c.review_id
         WHERE c.created_at <= r.published_at * 1000 OR c.created_at >= ?
            OR c.deleted_at < c.created_at OR c.deleted_at > ?`,
        [BENCH_NOW.getTime(), BENCH_NOW.getTime()],
      ),
    ).toBe(0);
    expect(await one("SELECT count(*) FROM comments WHERE deleted_at IS NOT NULL")).toBeGreaterThan(
      0,
    );
    expect(await one("SELECT count(*) FROM comments WHERE is_spoiler = 1")).toBeGreaterThan(0);
  });

  it("keeps score_stats equal to a recount of reader_scores", async () => {
    const buckets = SCORE_STEPS.map((s) => `count(*) FILTER (WHERE r.score = ${s})`).join(", ");
    const drift = await one(`
      SELECT count(*) FROM soundtracks s
      JOIN score_stats st ON st.soundtrack_id = s.id
      LEFT JOIN (
        SELECT soundtrack_id, count(*) AS n, sum(score) AS total, json_array(${buckets}) AS histogram
        FROM reader_scores r GROUP BY soundtrack_id
      ) x ON x.soundtrack_id = s.id
      WHERE st.score_count <> coalesce(x.n, 0) OR st.score_sum <> coalesce(x.total, 0)
        OR st.histogram <> coalesce(x.histogram, json_array(${SCORE_STEPS.map(() => 0).join(", ")}))`);
    expect(drift).toBe(0);
    expect(await one("SELECT count(*) FROM reader_scores WHERE score % 5 <> 0")).toBe(0);
    // Skewed: the busiest soundtrack has several times the average (capped at half the readers).
    const max = await one("SELECT max(score_count) FROM score_stats");
    const avg = await one("SELECT avg(score_count) FROM score_stats");
    expect(max).toBeGreaterThan(2 * avg);
  });

  it("keeps like_count and favourite_count equal to recounts", async () => {
    expect(
      await one(`SELECT count(*) FROM comments c
        WHERE like_count <> (SELECT count(*) FROM comment_likes l WHERE l.comment_id = c.id)`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) FROM tracks t
        WHERE favourite_count <> (SELECT count(*) FROM favourite_tracks f WHERE f.track_id = t.id)`),
    ).toBe(0);
  });

  it("picks at most three favourites per reader and soundtrack, all tracks of it", async () => {
    expect(
      await one(`SELECT count(*) FROM (
        SELECT 1 FROM favourite_tracks GROUP BY user_id, soundtrack_id HAVING count(*) > ${MAX_FAVOURITES})`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) FROM favourite_tracks f JOIN tracks t ON t.id = f.track_id
        WHERE t.soundtrack_id <> f.soundtrack_id`),
    ).toBe(0);
  });

  it("leaves no dangling foreign key", async () => {
    expect(await rows("PRAGMA foreign_key_check")).toHaveLength(0);
  });

  it("lets every bench reader sign in with the shared password, and the profile reader is busy", async () => {
    const [reader] = await rows(
      "SELECT id, handle, role, password_hash FROM users WHERE email = ?",
      [BENCH_READER_EMAIL],
    );
    expect(reader?.handle).toBe(BENCH_PROFILE_HANDLE);
    expect(reader?.role).toBe("reader");
    expect(await verifyPassword(BENCH_READER_PASSWORD, String(reader?.password_hash))).toBe(true);
    expect(
      await one(
        "SELECT count(DISTINCT password_hash) FROM users WHERE role = 'reader' AND email LIKE '%@bench.test'",
      ),
    ).toBe(1);
    expect(result.profile.handle).toBe(BENCH_PROFILE_HANDLE);
    expect(result.profile.scores).toBeGreaterThan(0);
    expect(result.profile.comments).toBeGreaterThan(0);
  });

  it("writes the same rows on a second run", async () => {
    await generateBenchData({ url: urlB, scale: SCALE });
    expect(await checksum(urlB)).toBe(await checksum(urlA));
  }, 30_000);
});

describe("the command line", () => {
  it("reads --out and --scale", () => {
    expect(parseCliArgs([])).toEqual({ help: false, out: "data/bench.db", scale: 1 });
    expect(parseCliArgs(["--out", "x.db", "--scale=0.01"])).toEqual({
      help: false,
      out: "x.db",
      scale: 0.01,
    });
  });

  const refused = [
    ["--scale", "abc"],
    ["--scale", "0"],
    ["--scale", "-1"],
    ["--scale"],
    ["--bogus"],
    ["extra"],
  ];
  it.each(refused.map((argv) => [argv.join(" "), argv] as const))(
    "refuses `%s` with one sentence",
    (_, argv) => {
      expect(() => parseCliArgs([...argv])).toThrowError(/^[^\n]+\.$/);
    },
  );
});

describe("the row writer", () => {
  const url = `file:${join(dir, "writer.db")}`;
  let db: Client;
  let w: Writer;
  let advanced = 0;
  beforeAll(async () => {
    await runMigrations(url);
    db = createClient({ url });
    w = { client: db, phase: () => {}, advance: (rows) => (advanced += rows) };
  });
  afterAll(() => db?.close());

  it("writes rows keyed by the schema's properties into its columns", async () => {
    await insertRows(w, composers, 3, (i) => ({
      id: 9_001 + i,
      slug: `writer-${i}`,
      name: `Writer ${i}`,
      sortName: `${i}, Writer`,
      isSample: i % 2,
      createdAt: 1_700_000_000 + i,
    }));
    const rs = await db.execute(
      "SELECT id, slug, name, sort_name, is_sample, created_at FROM composers WHERE id > 9000 ORDER BY id",
    );
    expect(rs.rows.map((r) => Array.from(r))).toEqual([
      [9_001, "writer-0", "Writer 0", "0, Writer", 0, 1_700_000_000],
      [9_002, "writer-1", "Writer 1", "1, Writer", 1, 1_700_000_001],
      [9_003, "writer-2", "Writer 2", "2, Writer", 0, 1_700_000_002],
    ]);
    expect(advanced).toBe(3);
  });

  it("refuses a column the schema does not have, before writing anything", async () => {
    const row = () => ({ slug: "nickname", name: "N", sortName: "N", nickname: "Nick" });
    // @ts-expect-error composers has no property nickname: the compiler refuses it too.
    await expect(insertRows(w, composers, 1, row)).rejects.toThrow(
      "composers: db/schema.ts has no column nickname",
    );
    const rs = await db.execute("SELECT count(*) FROM composers WHERE slug = 'nickname'");
    expect(rs.rows[0]?.[0]).toBe(0);
  });

  it("refuses rows that name different columns from the first", async () => {
    const row = (i: number) =>
      i === 0
        ? { slug: "first", name: "F", sortName: "F" }
        : { slug: "second", name: "S", sortName: "S", isSample: 1 };
    await expect(insertRows(w, composers, 2, row)).rejects.toThrow(
      "composers: a row with slug, name, sortName, isSample, not slug, name, sortName",
    );
  });
});
