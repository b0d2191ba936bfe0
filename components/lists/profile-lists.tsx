import { getReaderLists } from "@/db/queries/reader-lists";
import { ListSummaries } from "./list-summaries";

/**
 * A reader's public lists on their profile (cached for everyone, so never a private one; the
 * owner manages all of theirs on /lists). Nothing at all when they have none.
 */
export async function ProfileLists({
  userId,
  handle,
  name,
}: {
  userId: string;
  handle: string;
  name: string;
}) {
  const lists = await getReaderLists(userId);
  if (lists.length === 0) return null;
  return (
    <section aria-labelledby="lists-heading" className="mt-12">
      <h2 id="lists-heading" className="font-serif text-2xl font-semibold">
        Lists
      </h2>
      <p className="mt-2 text-sm text-soft">Soundtracks {name} put together.</p>
      <ListSummaries handle={handle} lists={lists} />
    </section>
  );
}
