import { EmptyState } from "@/components/site/empty-state";
import type { BannedReader } from "@/db/queries/moderation";
import { BanReader } from "./ban-reader";
import { DateTime } from "./date-time";

/** Who is banned, since when and why, each with the way to lift the ban. */
export function BannedReaders({ readers }: { readers: BannedReader[] }) {
  if (readers.length === 0) {
    return (
      <EmptyState title="No banned readers">
        Ban a reader from a comment of theirs in the queue.
      </EmptyState>
    );
  }
  return (
    <ul aria-label="Banned readers">
      {readers.map((reader) => (
        <li
          key={reader.id}
          className="border-t border-stone-300/70 py-5 first:border-t-0 dark:border-stone-700"
        >
          <article aria-label={reader.name}>
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-semibold">{reader.name}</span>
              {reader.handle && <span className="text-sm text-soft">@{reader.handle}</span>}
              <span className="text-sm text-soft">
                banned <DateTime date={reader.bannedAt} />
              </span>
            </p>
            <p className="mt-1 break-words">
              {reader.banReason ?? <span className="text-soft italic">No reason was given.</span>}
            </p>
            <div className="mt-1 -ml-1.5">
              <BanReader userId={reader.id} name={reader.name} banned />
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
