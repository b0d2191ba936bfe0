import Link from "next/link";

type ComposerLink = { composer: { slug: string; name: string } };

type Props = {
  composers: readonly ComposerLink[];
  /** In a preview: the composers that have a page yet; the others are named, not linked. */
  withPages?: ReadonlySet<string>;
};

export function ComposerLinks({ composers, withPages }: Props) {
  if (composers.length === 0) return <span>Composer unknown</span>;
  return (
    <>
      {composers.map(({ composer }, i) => (
        <span key={composer.slug}>
          {i > 0 && (i === composers.length - 1 ? " and " : ", ")}
          {withPages && !withPages.has(composer.slug) ? (
            composer.name
          ) : (
            <Link href={`/composers/${composer.slug}`} className="link-accent">
              {composer.name}
            </Link>
          )}
        </span>
      ))}
    </>
  );
}
