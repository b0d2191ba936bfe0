/**
 * How the editor's writes become versions in a review's history. Autosaves come every few
 * seconds while an admin types; the history keeps at most one of them a minute: within a minute
 * of an autosaved version by the same admin, a later autosave brings that version up to date
 * instead of adding one. A Save within that minute takes the autosaved version over (it is the
 * same text and more), so leaving a field for the Save button does not leave two versions.
 */

export type RevisionKind = "autosave" | "save" | "restore";

/** An autosave adds a version to the history at most this often. */
export const AUTOSAVE_REVISION_MS = 60_000;

/** The latest version in the review's history. */
type Latest = { kind: RevisionKind; authorId: string | null; createdAt: Date };

/** Whether the write adds a version ("insert") or brings the latest one up to date ("update"). */
export function revisionWrite(
  latest: Latest | undefined,
  write: { kind: RevisionKind; actorId: string; now: Date },
): "insert" | "update" {
  if (write.kind === "restore" || latest === undefined) return "insert";
  // A clock set back (or a version from another machine's future) starts a version of its own.
  const elapsed = write.now.getTime() - latest.createdAt.getTime();
  const recentAutosave =
    latest.kind === "autosave" &&
    latest.authorId === write.actorId &&
    elapsed >= 0 &&
    elapsed < AUTOSAVE_REVISION_MS;
  return recentAutosave ? "update" : "insert";
}
