import "server-only";
import { and, asc, eq, inArray, is, isNull, SQL, sql } from "drizzle-orm";
import type { AuditAction } from "@/lib/audit-actions";
import { type Direction, type KeysetPage, keysetPage } from "@/lib/keyset";
import { getDb } from "..";
import { now } from "../clock.mjs";
import type { Database } from "../client";
import { auditLog, comments, reviews, users } from "../schema";
import { keysetRange } from "./keyset";

export type AuditInput = {
  /** The admin who acted; null for the command line. */
  actorId: string | null;
  /** What was done: one of lib/audit-actions.ts, which names it in the log. */
  action: AuditAction;
  targetType: "review" | "comment" | "reader" | "settings";
  /** Its id, or for a review made in the same batch a query for it (reviewIdBySlug). */
  targetId: string | number | SQL;
  /** What a person reading the log needs to recognise the target. */
  summary: string;
  /** When; by default the moment the entry is made. */
  at?: Date;
};

/** The audit row for a write, to put in the same batch as the write so both land or neither. */
export function auditEntry(db: Database, { targetId, at = now(), ...entry }: AuditInput) {
  return db.insert(auditLog).values({
    ...entry,
    targetId: is(targetId, SQL) ? targetId : String(targetId),
    createdAt: at,
  });
}

/**
 * The audit row for a write that may find nothing to change, put in the batch before it: written
 * only when `happens` (a condition on the rows that write will change) holds, so the log records
 * what happened, never an attempt that changed nothing.
 */
export function auditEntryIf(db: Database, happens: SQL, entry: AuditInput) {
  const { actorId, action, targetType, targetId, summary, at = now() } = entry;
  const target = is(targetId, SQL) ? targetId : String(targetId);
  return db.run(sql`
    INSERT INTO ${auditLog} (actor_id, action, target_type, target_id, summary, created_at)
    SELECT ${actorId}, ${action}, ${targetType}, ${target}, ${summary}, ${at.getTime()}
    WHERE ${happens}`);
}

/** The id of the review at this address, as an audit target: known only inside the batch that makes it. */
export const reviewIdBySlug = (slug: string) =>
  sql`(select cast(id as text) from reviews where slug = ${slug})`;

// ---- Reading the log --------------------------------------------------------------------------

/** Where an entry's target can still be seen; absent once it is gone. */
export type AuditTarget =
  | { kind: "review"; slug: string }
  | { kind: "comment"; slug: string; commentId: number }
  | { kind: "reader"; handle: string; banned: boolean }
  | { kind: "settings" };

export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  targetType: string;
  summary: string;
  /** null for the command line, or an account since deleted. */
  actor: { name: string; handle: string | null } | null;
  target: AuditTarget | null;
};

const targetKey = (type: string, id: string | number) => `${type}:${id}`;

/** The targets of a page of entries that still exist, looked up by their keys. */
async function findTargets(
  entries: { targetType: string; targetId: string }[],
): Promise<Map<string, AuditTarget>> {
  const db = getDb();
  const ids = (type: string) => [
    ...new Set(entries.filter((e) => e.targetType === type).map((e) => e.targetId)),
  ];
  const numbers = (type: string) => ids(type).map(Number).filter(Number.isSafeInteger);
  const [reviewIds, commentIds, readerIds] = [numbers("review"), numbers("comment"), ids("reader")];
  const [reviewRows, commentRows, readerRows] = await Promise.all([
    reviewIds.length === 0
      ? []
      : db
          .select({ id: reviews.id, slug: reviews.slug })
          .from(reviews)
          .where(inArray(reviews.id, reviewIds)),
    commentIds.length === 0
      ? []
      : db
          .select({ id: comments.id, slug: reviews.slug })
          .from(comments)
          .innerJoin(reviews, eq(reviews.id, comments.reviewId))
          .where(and(inArray(comments.id, commentIds), isNull(comments.deletedAt))),
    readerIds.length === 0
      ? []
      : db
          .select({ id: users.id, handle: users.handle, bannedAt: users.bannedAt })
          .from(users)
          .where(inArray(users.id, readerIds)),
  ]);
  const found = new Map<string, AuditTarget>();
  for (const r of reviewRows)
    found.set(targetKey("review", r.id), { kind: "review", slug: r.slug });
  for (const c of commentRows) {
    found.set(targetKey("comment", c.id), { kind: "comment", slug: c.slug, commentId: c.id });
  }
  for (const u of readerRows) {
    if (!u.handle) continue;
    const target = { kind: "reader", handle: u.handle, banned: u.bannedAt !== null } as const;
    found.set(targetKey("reader", u.id), target);
  }
  return found;
}

/**
 * The log, newest first, a page at a time; filtered by action and by the admin who acted (their
 * username). Each filter, and none, has its index in (…, created_at) order, so a page is one
 * range read however long the log grows.
 */
export async function getAuditPage(
  options: { action?: string; admin?: string; pageSize: number } & Direction,
): Promise<KeysetPage<AuditRow>> {
  const { action, admin, before, after, pageSize } = options;
  const db = getDb();
  const empty = { rows: [], newer: null, older: null };
  let actorId: string | undefined;
  if (admin) {
    const [actor] = await db.select({ id: users.id }).from(users).where(eq(users.handle, admin));
    if (!actor) return empty;
    actorId = actor.id;
  }
  const range = keysetRange(auditLog.createdAt, auditLog.id, { before, after });
  const fetched = await db
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      summary: auditLog.summary,
      actorName: users.name,
      actorHandle: users.handle,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        action ? eq(auditLog.action, action) : undefined,
        actorId ? eq(auditLog.actorId, actorId) : undefined,
        range.where,
      ),
    )
    .orderBy(...range.orderBy)
    .limit(pageSize + 1);
  const page = keysetPage(fetched, pageSize, { before, after }, (row) => ({
    at: row.at.getTime(),
    id: row.id,
  }));
  const targets = await findTargets(page.rows);
  return {
    ...page,
    rows: page.rows.map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action,
      targetType: row.targetType,
      summary: row.summary,
      actor:
        row.actorName || row.actorHandle
          ? { name: row.actorName ?? row.actorHandle!, handle: row.actorHandle }
          : null,
      target:
        row.targetType === "settings"
          ? { kind: "settings" }
          : (targets.get(targetKey(row.targetType, row.targetId)) ?? null),
    })),
  };
}

/**
 * Every action the log holds, for its filter: one step of the action index per distinct action
 * (a loose index scan), not a read of every entry.
 */
export async function getAuditActions(): Promise<string[]> {
  const rows = await getDb().all<{ action: string }>(sql`
    WITH RECURSIVE seen(action) AS (
      SELECT min(action) FROM ${auditLog}
      UNION ALL
      SELECT (SELECT min(action) FROM ${auditLog} WHERE action > seen.action)
      FROM seen WHERE seen.action IS NOT NULL
    )
    SELECT action FROM seen WHERE action IS NOT NULL`);
  return rows.map((row) => row.action);
}

/** The admins, by name, for the log's filter by who acted. */
export async function getAdmins(): Promise<{ name: string; handle: string }[]> {
  const rows = await getDb()
    .select({ name: users.name, handle: users.handle })
    .from(users)
    .where(eq(users.role, "admin"))
    .orderBy(asc(users.name));
  return rows.flatMap((row) =>
    row.handle ? [{ name: row.name ?? row.handle, handle: row.handle }] : [],
  );
}
