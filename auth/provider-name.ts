import "server-only";
import { getAdminNames } from "@/db/queries/account";
import { cleanName, imitatesName } from "@/lib/auth/display-name";

/**
 * The display name an account arriving from GitHub or Google is stored with: cleaned by the
 * readers' rules, and none at all (the handle shows instead) when it would pass for an editor's.
 */
export async function providerName(name: string | null | undefined): Promise<string | null> {
  const cleaned = cleanName(name ?? "");
  if (!cleaned || imitatesName(cleaned, await getAdminNames())) return null;
  return cleaned;
}
