import Link from "next/link";
import { Cover } from "@/components/review/cover";
import type { ListEntry } from "@/db/queries/reader-lists";
import { composerNames } from "@/lib/format";
import { EntryTools } from "./entry-tools";

/** A list's soundtracks in its order, each with its cover, composers, the reader's note and, for the owner, tools. */
export function ListEntries({
  listId,
  entries,
  ranked,
  owned,
}: {
  listId: number;
  entries: ListEntry[];
  ranked: boolean;
  owned: boolean;
}) {
  const List = ranked ? "ol" : "ul";
  return (
    <List className="mt-6 space-y-6" aria-label="Soundtracks on the list">
      {entries.map((entry, i) => {
        const composers = composerNames(entry.composers);
        return (
          <li key={entry.soundtrackId} className="flex gap-4" data-entry={entry.slug}>
            {ranked && (
              <span className="w-8 shrink-0 pt-1 text-right font-serif text-2xl font-semibold tabular-nums">
                {i + 1}
                <span className="sr-only">.</span>
              </span>
            )}
            <Link href={`/reviews/${entry.slug}`} className="shrink-0" tabIndex={-1} aria-hidden>
              <Cover soundtrack={entry} size="small" />
            </Link>
            <div className="min-w-0 flex-1">
              <h3 className="font-serif text-xl font-semibold break-words">
                <Link href={`/reviews/${entry.slug}`} className="link-accent">
                  {entry.filmTitle}
                </Link>
                {entry.filmYear && (
                  <span className="ml-2 text-base font-normal text-soft">{entry.filmYear}</span>
                )}
              </h3>
              {composers && <p className="text-sm text-soft">Music by {composers}</p>}
              {entry.note && <p className="mt-2 whitespace-pre-line break-words">{entry.note}</p>}
              {owned && (
                <EntryTools
                  entry={{ listId, soundtrackId: entry.soundtrackId, filmTitle: entry.filmTitle }}
                  position={i + 1}
                  count={entries.length}
                  note={entry.note}
                />
              )}
            </div>
          </li>
        );
      })}
    </List>
  );
}
