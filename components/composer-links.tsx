import Link from "next/link";

type ComposerLink = { composer: { slug: string; name: string } };

export function ComposerLinks({ composers }: { composers: readonly ComposerLink[] }) {
  if (composers.length === 0) return <span>Composer unknown</span>;
  return (
    <>
      {composers.map(({ composer }, i) => (
        <span key={composer.slug}>
          {i > 0 && (i === composers.length - 1 ? " and " : ", ")}
          <Link href={`/composers/${composer.slug}`} className="link-accent">
            {composer.name}
          </Link>
        </span>
      ))}
    </>
  );
}
