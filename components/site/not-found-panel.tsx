import Link from "next/link";
import { primaryButtonClass, quietLinkClass } from "@/components/forms/button-styles";

export function NotFoundPanel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-semibold">{title}</h1>
      <p className="mt-4 text-lg text-soft">{children}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/" className={primaryButtonClass}>
          This week’s review
        </Link>
        <Link href="/reviews" className={quietLinkClass}>
          Browse the archive
        </Link>
      </div>
    </div>
  );
}
