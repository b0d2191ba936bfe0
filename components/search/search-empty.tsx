import Link from "next/link";
import { EmptyState } from "@/components/site/empty-state";
import type { SearchExamples as Examples } from "@/db/queries/search-results";
import { SearchExamples } from "./search-examples";

type Props = { examples: Examples | null };

/** Before anything is typed: what can be searched, and a few searches to try. */
export function SearchIntro({ examples, text }: Props & { text: string }) {
  return (
    <EmptyState title={text ? `Nothing to search for in “${text}”` : "What are you looking for?"}>
      <p>
        {text ? "Type a word or two: letters and numbers are what is searched. " : ""}
        Search every review, film, composer and track title of the series.
      </p>
      <SearchExamples examples={examples} />
    </EmptyState>
  );
}

/** A search that found nothing: say so, and suggest what might. */
export function NoResults({ examples, text }: Props & { text: string }) {
  return (
    <EmptyState title={`No results for “${text}”`}>
      <p>
        Check the spelling, use fewer words, or type just the start of a word. Only published
        reviews are searched.
      </p>
      <SearchExamples examples={examples} />
      <p className="mt-4">
        Or{" "}
        <Link href="/reviews" className="link-accent">
          browse the archive
        </Link>
        .
      </p>
    </EmptyState>
  );
}
