import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/auth/viewer";
import { ListFieldsForm } from "@/components/lists/list-fields-form";
import { ListSummaries } from "@/components/lists/list-summaries";
import { getReaderLists } from "@/db/queries/reader-lists";
import { LISTS_PER_READER } from "@/lib/list-rules";

export const metadata: Metadata = {
  title: "Your lists",
  robots: { index: false, follow: false },
};

/** The signed-in reader's lists, private ones too, and a form to make another. */
export default async function ListsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/lists")}`);
  const lists = await getReaderLists(viewer.id, { includePrivate: true });
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">Your lists</p>
      <h1 className="mt-1 font-serif text-4xl font-semibold">Lists of soundtracks</h1>
      <p className="mt-2 text-soft">
        Rank your favourites or gather a mood, with a note on each. Public lists show on your
        profile and are counted on each review; private ones are yours alone.
      </p>
      <section aria-labelledby="my-lists-heading" className="mt-10">
        <h2 id="my-lists-heading" className="font-serif text-2xl font-semibold">
          {lists.length === 0
            ? "No lists yet"
            : `Your ${lists.length === 1 ? "list" : `${lists.length} lists`}`}
        </h2>
        {lists.length === 0 ? (
          <p className="mt-3 text-soft">
            Make your first one below, then add soundtracks from their reviews with “Add to a list”.
          </p>
        ) : (
          <ListSummaries handle={viewer.handle} lists={lists} />
        )}
      </section>
      <section
        aria-labelledby="new-list-heading"
        className="mt-10 rounded-lg bg-stone-100 p-5 dark:bg-stone-900"
      >
        <h2 id="new-list-heading" className="font-serif text-2xl font-semibold">
          Make a list
        </h2>
        {lists.length >= LISTS_PER_READER ? (
          <p className="mt-3 text-soft">
            You keep {LISTS_PER_READER} lists, the most a reader can: delete one to make another.
          </p>
        ) : (
          <div className="mt-4">
            <ListFieldsForm />
          </div>
        )}
      </section>
    </div>
  );
}
