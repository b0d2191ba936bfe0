import Link from "next/link";
import type { ComparedSoundtrack } from "@/db/queries/compare";
import { sharedComposers } from "@/lib/compare-stats";

/** Composers who wrote more than one of the soundtracks compared, or a line saying there are none. */
export function SharedComposers({ soundtracks }: { soundtracks: ComparedSoundtrack[] }) {
  const shared = sharedComposers(soundtracks);
  const titleOf = (id: number) => soundtracks.find((s) => s.id === id)?.filmTitle ?? "";
  return (
    <section aria-labelledby="composers-heading" className="mt-8">
      <h2 id="composers-heading" className="font-serif text-2xl font-semibold">
        Composers in common
      </h2>
      {shared.length === 0 ? (
        <p className="mt-2 text-soft">No composer wrote more than one of these soundtracks.</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {shared.map(({ composer, soundtrackIds }) => (
            <li key={composer.slug}>
              <Link href={`/composers/${composer.slug}`} className="link-accent">
                {composer.name}
              </Link>{" "}
              wrote{" "}
              {soundtrackIds.length === soundtracks.length
                ? "all of them"
                : soundtrackIds.map(titleOf).join(" and ")}
              .
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
