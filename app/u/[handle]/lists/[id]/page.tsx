import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getViewer } from "@/auth/viewer";
import { DeleteList } from "@/components/lists/delete-list";
import { ListEntries } from "@/components/lists/list-entries";
import { ListFieldsForm } from "@/components/lists/list-fields-form";
import { OpenAsComparison } from "@/components/lists/open-as-comparison";
import { getReaderList } from "@/db/queries/reader-lists";
import { formatDate } from "@/lib/format";

type Props = { params: Promise<{ handle: string; id: string }> };

/**
 * Rendered per request for whoever asks (it reads the session): a private list exists for its
 * owner only, and the owner's page carries their tools, so no copy is ever cached for everyone.
 */
const loadList = cache(async (handle: string, id: string) => {
  if (!/^[1-9]\d{0,15}$/.test(id)) return null;
  const viewer = await getViewer();
  const list = await getReaderList(Number(id), viewer?.id ?? null);
  if (!list || list.owner.handle !== handle) return null;
  return { list, owned: viewer?.id === list.owner.id };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle, id } = await params;
  const found = await loadList(handle, id);
  if (!found) return { title: "List not found" };
  const { list } = found;
  return {
    title: `${list.title}, a list by ${list.owner.name}`,
    description: list.note ?? `${list.entries.length} soundtracks chosen by ${list.owner.name}.`,
    ...(!list.isPublic && { robots: { index: false, follow: false } }),
  };
}

export default async function ReaderListPage({ params }: Props) {
  const { handle, id } = await params;
  const found = await loadList(handle, id);
  if (!found) notFound();
  const { list, owned } = found;
  const count = list.entries.length;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">
        {list.ranked ? "Ranked list" : "List"}
        {!list.isPublic && " · Private"}
      </p>
      <h1 className="mt-1 font-serif text-4xl font-semibold break-words">{list.title}</h1>
      <p className="mt-2 text-soft">
        By{" "}
        <Link href={`/u/${list.owner.handle}`} className="link-accent">
          {list.owner.name}
        </Link>{" "}
        · {count === 1 ? "1 soundtrack" : `${count} soundtracks`} · changed{" "}
        <time dateTime={list.updatedAt.toISOString()}>{formatDate(list.updatedAt)}</time>
      </p>
      {list.note && <p className="mt-4 whitespace-pre-line break-words">{list.note}</p>}
      {!list.isPublic && owned && (
        <p className="mt-4 rounded-md bg-stone-100 px-3 py-2 text-sm dark:bg-stone-900">
          Only you can see this list: it is not on your profile and not counted on the reviews.
        </p>
      )}
      <OpenAsComparison entries={list.entries} />
      {count === 0 ? (
        <p className="mt-8 text-soft">
          {owned
            ? "Nothing on it yet. Open a review and use “Add to a list” to put its soundtrack here."
            : "Nothing on this list yet."}
        </p>
      ) : (
        <ListEntries listId={list.id} entries={list.entries} ranked={list.ranked} owned={owned} />
      )}
      {owned && (
        <section
          aria-labelledby="edit-list-heading"
          className="mt-12 rounded-lg bg-stone-100 p-5 dark:bg-stone-900"
        >
          <h2 id="edit-list-heading" className="font-serif text-2xl font-semibold">
            Edit the list
          </h2>
          <div className="mt-4">
            <ListFieldsForm listId={list.id} initial={list} idPrefix="edit-list" />
          </div>
          <div className="mt-8 border-t border-stone-300 pt-5 dark:border-stone-700">
            <DeleteList listId={list.id} title={list.title} />
          </div>
        </section>
      )}
    </div>
  );
}
