import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-300/70 dark:border-stone-700">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-soft sm:flex-row sm:justify-between sm:px-6">
        <div>
          <p>Exploring Soundtracks — a new film score explored every week.</p>
          <p className="mt-1">
            Reviews marked “Sample” are fictional demo content: invented films and composers.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 font-medium">
            <li>
              <Link href="/about" className="underline-offset-4 hover:underline">
                About
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
