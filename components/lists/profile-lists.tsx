import { ProfileSection } from "@/components/profile/profile-section";
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
    <ProfileSection id="lists-heading" title="Lists">
      <p className="mt-2 text-sm text-soft">Soundtracks {name} put together.</p>
      <ListSummaries handle={handle} lists={lists} />
    </ProfileSection>
  );
}
