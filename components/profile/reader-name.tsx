import Link from "next/link";

type ReaderNameProps = {
  reader: { name: string; handle: string | null; banned: boolean };
  /** The link's look; a name without a profile is plain, in the same weight. */
  linkClassName: string;
};

/**
 * A reader's name, linking to their profile when they have one to show: not when they have no
 * handle, nor while they are banned (their profile is a 404 then, and a link would prefetch it).
 */
export function ReaderName({ reader, linkClassName }: ReaderNameProps) {
  if (!reader.handle || reader.banned) return <span className="font-semibold">{reader.name}</span>;
  return (
    <Link href={`/u/${reader.handle}`} className={linkClassName}>
      {reader.name}
    </Link>
  );
}
