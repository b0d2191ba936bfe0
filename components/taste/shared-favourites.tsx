import Link from "next/link";
import type { SharedFavourite } from "@/db/queries/taste";
import { trackAnchor } from "@/lib/track-anchor";

/** The tracks both readers picked among their favourites, each linking to its place in the review. */
export function SharedFavourites({
  favourites,
  names,
}: {
  favourites: SharedFavourite[];
  names: [string, string];
}) {
  if (favourites.length === 0) {
    return (
      <p className="mt-3 text-soft">
        {names[0]} and {names[1]} haven’t picked the same favourite track yet.
      </p>
    );
  }
  return (
    <ul className="mt-4 space-y-1">
      {favourites.map((f) => (
        <li key={f.trackId} className="flex gap-2">
          <span aria-hidden="true" className="text-accent dark:text-night-accent">
            ♥
          </span>
          <span>
            <Link
              href={`/reviews/${f.slug}#${trackAnchor(f)}`}
              className="underline-offset-4 hover:underline"
            >
              {f.title}
            </Link>{" "}
            <span className="text-soft">from {f.filmTitle}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
