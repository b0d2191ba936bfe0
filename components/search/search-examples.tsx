import Link from "next/link";
import type { SearchExamples as Examples } from "@/db/queries/search-results";
import { searchHref } from "@/lib/search-groups";

/** Searches sure to find something, each a link: a film, a composer and a track. */
export function SearchExamples({ examples }: { examples: Examples | null }) {
  if (!examples) return null;
  const tries = [
    { what: "a film", text: examples.film },
    examples.composer && { what: "a composer", text: examples.composer },
    examples.track && { what: "a track", text: examples.track },
  ].filter((t) => !!t);
  return (
    <>
      <p className="mt-4">Try one of these:</p>
      <ul className="mt-2 flex flex-col items-center gap-2 sm:flex-row sm:flex-wrap sm:justify-center">
        {tries.map(({ what, text }) => (
          <li key={what}>
            <span className="text-sm">{what}: </span>
            <Link href={searchHref({ text })} className="link-accent">
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
