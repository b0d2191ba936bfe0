import Link from "next/link";
import type { AuditRow, AuditTarget } from "@/db/queries/audit";
import { actionLabel } from "@/lib/audit-actions";
import { DateTime } from "./date-time";

/** Where the target of an entry can be seen now. */
function targetHref(target: AuditTarget): string {
  switch (target.kind) {
    case "review":
      return `/reviews/${target.slug}`;
    case "comment":
      return `/reviews/${target.slug}#comment-${target.commentId}`;
    case "reader":
      return target.banned ? "/admin/moderation/readers" : `/u/${target.handle}`;
    case "settings":
      return "/admin/settings";
  }
}

/** The log, newest first: when, who, what, and on what (linked while it still exists). */
export function AuditList({ rows }: { rows: AuditRow[] }) {
  return (
    <ol aria-label="Audit log entries" className="mt-6">
      {rows.map((row) => (
        <li
          key={row.id}
          className="grid gap-x-6 gap-y-1 border-t border-stone-300/70 py-4 first:border-t-0 sm:grid-cols-[13rem_1fr] dark:border-stone-700"
        >
          <p className="text-sm text-soft">
            <DateTime date={row.at} />
          </p>
          <div className="min-w-0">
            <p className="text-sm">
              {row.actor ? (
                <span className="font-semibold">
                  {row.actor.name}
                  {row.actor.handle && (
                    <span className="font-normal text-soft"> @{row.actor.handle}</span>
                  )}
                </span>
              ) : (
                <span className="text-soft italic">No account (the site or the command line)</span>
              )}{" "}
              <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs font-semibold dark:bg-stone-800">
                {actionLabel(row.action)}
              </span>
            </p>
            <p className="mt-1 break-words">
              {row.target ? (
                <Link href={targetHref(row.target)} className="link-accent">
                  {row.summary}
                </Link>
              ) : (
                <>
                  {row.summary} <span className="text-sm text-soft">(no longer there)</span>
                </>
              )}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
