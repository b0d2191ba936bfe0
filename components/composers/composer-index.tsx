import Link from "next/link";
import { SampleTag } from "@/components/sample-tag";
import type { ComposerIndexEntry } from "@/db/queries/composers";

/** "Balfe, Lorne" -> "B"; a name that starts with anything but a letter files under "#". */
function initialOf(sortName: string): string {
  const letter = sortName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(letter) ? letter : "#";
}

function byInitial(composers: ComposerIndexEntry[]): [string, ComposerIndexEntry[]][] {
  const groups = new Map<string, ComposerIndexEntry[]>();
  for (const composer of composers) {
    const initial = initialOf(composer.sortName);
    groups.set(initial, [...(groups.get(initial) ?? []), composer]);
  }
  return [...groups];
}

const anchor = (initial: string) => (initial === "#" ? "letter-other" : `letter-${initial}`);

/** Composers by the initial of their sort name, with a row of letters to jump between groups. */
export function ComposerIndex({ composers }: { composers: ComposerIndexEntry[] }) {
  const groups = byInitial(composers);
  return (
    <>
      <nav aria-label="Jump to a letter" className="mt-6">
        <ul className="flex flex-wrap gap-1">
          {groups.map(([initial]) => (
            <li key={initial}>
              <a
                href={`#${anchor(initial)}`}
                className="inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-stone-300 px-2 font-medium hover:border-accent dark:border-stone-700 dark:hover:border-night-accent"
              >
                {initial}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([initial, members]) => (
        <section key={initial} aria-labelledby={anchor(initial)} className="mt-8">
          <h2
            id={anchor(initial)}
            className="scroll-mt-4 border-b border-stone-300 pb-1 font-serif text-2xl font-semibold dark:border-stone-700"
          >
            {initial}
          </h2>
          <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
            {members.map((c) => (
              <li key={c.slug} className="flex flex-wrap items-center gap-x-2 py-1.5">
                <Link href={`/composers/${c.slug}`} className="link-accent font-medium">
                  {c.name}
                </Link>
                <span className="text-sm text-soft">
                  {c.soundtracks} {c.soundtracks === 1 ? "soundtrack" : "soundtracks"}
                </span>
                {c.isSample && <SampleTag />}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
