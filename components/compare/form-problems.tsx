import Link from "next/link";
import type { TypedName } from "@/db/queries/compare";
import { comparePath, MAX_COMPARED, MIN_COMPARED } from "@/lib/compare-path";

/** Why the names typed into the plain form lead to no comparison, with a way on for each. */
export function FormProblems({ names }: { names: TypedName[] }) {
  const found = names.flatMap((n) => (n.found ? [n.found.slug] : []));
  const twice = found.find((slug, i) => found.indexOf(slug) !== i);
  const others = (name: TypedName) =>
    names.flatMap((n) => (n !== name && n.found ? [n.found.slug] : []));
  return (
    <div
      role="alert"
      className="mb-6 rounded-md border border-red-700 p-4 text-red-800 dark:border-red-400 dark:text-red-300"
    >
      <p className="font-semibold">These soundtracks can’t be compared yet:</p>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {names.length < MIN_COMPARED && <li>Choose at least {MIN_COMPARED} soundtracks.</li>}
        {names.length > MAX_COMPARED && <li>Choose at most {MAX_COMPARED} soundtracks.</li>}
        {twice && <li>The same soundtrack was chosen twice.</li>}
        {names
          .filter((n) => !n.found)
          .map((n) => (
            <li key={n.name}>
              {n.matches.length === 0 ? (
                <>Nothing on the site matches “{n.name}”.</>
              ) : (
                <>
                  “{n.name}” matches {n.matches.length} soundtracks; choose one:{" "}
                  {n.matches.map((m, i) => (
                    <span key={m.slug}>
                      {i > 0 && ", "}
                      {others(n).length > 0 ? (
                        <Link href={comparePath([...others(n), m.slug])} className="underline">
                          {m.filmTitle}
                        </Link>
                      ) : (
                        m.filmTitle
                      )}
                    </span>
                  ))}
                  .
                </>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}
