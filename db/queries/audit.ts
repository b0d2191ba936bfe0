import "server-only";
import type { Database } from "../client";
import { auditLog } from "../schema";

export type AuditInput = {
  /** The admin who acted; null for the command line. */
  actorId: string | null;
  /** What was done, as "<thing>.<verb>": "review.published", "comment.hidden", "reader.banned". */
  action: string;
  targetType: "review" | "comment" | "reader" | "settings";
  targetId: string | number;
  /** What a person reading the log needs to recognise the target. */
  summary: string;
};

/** The audit row for a write, to put in the same batch as the write so both land or neither. */
export function auditEntry(db: Database, entry: AuditInput) {
  return db.insert(auditLog).values({
    ...entry,
    targetId: String(entry.targetId),
    createdAt: new Date(),
  });
}
