import { Fragment } from "react";
import { splitMarked } from "@/lib/search-snippet";

/** Text from the search index with its matched words in <mark>, as text and never as HTML. */
export function Highlighted({ text }: { text: string }) {
  return splitMarked(text).map((piece, i) =>
    piece.marked ? (
      <mark
        key={i}
        className="rounded-sm bg-accent-soft px-0.5 text-ink dark:bg-orange-950 dark:text-night-ink"
      >
        {piece.text}
      </mark>
    ) : (
      <Fragment key={i}>{piece.text}</Fragment>
    ),
  );
}
