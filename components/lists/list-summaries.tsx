import Link from "next/link";
import type { ListSummary } from "@/db/queries/reader-lists";
import { formatDate } from "@/lib/format";
import { readerListPath } from "@/lib/list-rules";

/** A reader's lists as links, each with its size and when it last changed. */
export function ListSummaries({ handle, lists }: { handle: string; lists: ListSummary[] }) {
  return (
    <ul className="mt-4 divide-y divide-stone-300/70 dark:divide-stone-700">
      {lists.map((list) => (
        <li key={list.id} className="py-3">
          <Link
            href={readerListPath(handle, list.id)}
            className="link-accent font-medium break-words"
          >
            {list.title}
          </Link>
          <p className="text-sm text-soft">
            {list.ranked ? "Ranked" : "Unranked"} · {list.isPublic ? "public" : "private"} ·{" "}
            {list.entries === 1 ? "1 soundtrack" : `${list.entries} soundtracks`} · changed{" "}
            <time dateTime={list.updatedAt.toISOString()}>{formatDate(list.updatedAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
