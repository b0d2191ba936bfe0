type Link = { id: number; label: string; url: string };

/**
 * Where to hear the album: plain links to the streaming or store pages, with no player, script
 * or embed of theirs, and nothing of the reader's sent along (no referrer).
 */
export function ListenLinks({ links }: { links: readonly Link[] }) {
  if (links.length === 0) return null;
  return (
    <section
      aria-labelledby="listen-heading"
      className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm"
    >
      <h2 id="listen-heading" className="font-semibold">
        Listen
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.url} rel="noopener noreferrer" className="link-accent">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A track's own links, after its title in the track list. */
export function TrackLinks({ links }: { links: readonly Link[] }) {
  if (links.length === 0) return null;
  return (
    <span className="ml-2 inline-flex flex-wrap gap-x-2 text-sm font-normal">
      {links.map((link) => (
        <a key={link.id} href={link.url} rel="noopener noreferrer" className="link-accent">
          {link.label}
        </a>
      ))}
    </span>
  );
}
