import { Fragment } from "react";
import { splitMarked } from "@/lib/search-snippet";

/**
 * Text from the search index with its matched words in <mark>, as text and never as HTML. The
 * mark adds no space around itself: "Balfe’s", with "Balfe" matched, still reads as one word.
 */
export function Highlighted({ text }: { text: string }) {
  return splitMarked(text).map((piece, i) =>
    piece.marked ? (
      <mark
        key={i}
        className="rounded-sm bg-accent-soft text-ink dark:bg-orange-950 dark:text-night-ink"
      >
        {piece.text}
      </mark>
    ) : (
      <Fragment key={i}>{piece.text}</Fragment>
    ),
  );
}
