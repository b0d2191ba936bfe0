import Link from "next/link";
import { primaryButtonClass } from "@/components/forms/button-styles";
import type { SoundtrackSuggestion } from "@/db/queries/search";
import { describeProblem, type PathProblem, SEPARATOR } from "@/lib/compare-path";

type Props = {
  pair: string;
  problem: PathProblem;
  didYouMean: { slug: string; matches: SoundtrackSuggestion[] }[];
};

/** The address with one of its slugs replaced by a soundtrack that exists. */
function replaced(pair: string, slug: string, by: string): string {
  const pieces = pair.split(SEPARATOR).map((piece) => (piece === slug ? by : piece));
  return `/compare/${pieces.map(encodeURIComponent).join(SEPARATOR)}`;
}

/** Why an address names no comparison, what it may have meant, and a way to choose again. */
export function ComparisonProblem({ pair, problem, didYouMean }: Props) {
  const { title, message } = describeProblem(problem);
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">
        Compare · Error 404
      </p>
      <h1 className="mt-2 font-serif text-4xl font-semibold">{title}</h1>
      <p className="mt-4 text-lg text-soft">{message}</p>
      {didYouMean.map(({ slug, matches }) => (
        <div key={slug} className="mt-6">
          {matches.length === 0 ? (
            <p>Nothing on the site matches “{slug.replaceAll("-", " ")}”.</p>
          ) : (
            <>
              <h2 className="font-semibold">
                {matches.length === 1 ? "Did you mean" : "Soundtracks that match"} “
                {slug.replaceAll("-", " ")}”:
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {matches.map((m) => (
                  <li key={m.slug}>
                    <Link href={replaced(pair, slug, m.slug)} className="link-accent">
                      {m.filmTitle}
                    </Link>
                    {m.filmYear !== null && <span className="text-soft"> ({m.filmYear})</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
      <div className="mt-8">
        <Link href="/compare" className={primaryButtonClass}>
          Choose soundtracks to compare
        </Link>
      </div>
    </div>
  );
}
