import Link from "next/link";

/** Under the search box: the box itself is the way on. */
export default function SearchNotFound() {
  return (
    <div className="mt-4 rounded-lg border border-dashed border-stone-400 p-10 text-center dark:border-stone-600">
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">Error 404</p>
      <h2 className="mt-2 font-serif text-2xl font-semibold">
        That page of search results doesn’t exist
      </h2>
      <p className="mt-2 text-soft">
        A search link names a kind of result (reviews, films, composers or tracks) and a page from 1
        up to its last; this one asks for something else, or for a page past the last result. Search
        again above, or{" "}
        <Link href="/search" className="link-accent">
          start a new search
        </Link>
        .
      </p>
    </div>
  );
}
