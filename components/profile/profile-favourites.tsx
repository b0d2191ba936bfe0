import Link from "next/link";
import type { ProfileFavourites as Favourites } from "@/db/queries/profiles";
import { trackAnchor } from "@/lib/track-anchor";

/** The reader's favourite tracks, by soundtrack, each linking to its place in the review's list. */
export function ProfileFavourites({
  favourites,
  name,
}: {
  favourites: Favourites[];
  name: string;
}) {
  if (favourites.length === 0) {
    return <p className="mt-3 text-soft">{name} hasn’t picked any favourite tracks yet.</p>;
  }
  return (
    <ul className="mt-4 space-y-5">
      {favourites.map((f) => (
        <li key={f.soundtrackId}>
          <h3 className="font-semibold">
            <Link href={`/reviews/${f.slug}`} className="link-accent">
              {f.filmTitle}
            </Link>
          </h3>
          <ul aria-label={`Favourite tracks of ${f.filmTitle}`} className="mt-1 space-y-1">
            {f.tracks.map((t) => (
              <li key={t.id} className="flex gap-2">
                <span aria-hidden="true" className="text-accent dark:text-night-accent">
                  ♥
                </span>
                <Link
                  href={`/reviews/${f.slug}#${trackAnchor(t)}`}
                  className="underline-offset-4 hover:underline"
                >
                  {t.title}
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
