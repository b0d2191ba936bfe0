import "server-only";
import { cache } from "react";
import { getUserAuthState } from "@/db/queries/users";
import type { Viewer } from "@/lib/viewer";
import { auth } from "./config";

export type { Viewer };

/**
 * The signed-in person for this request, read from the database each time so that a ban or a
 * role change applies at the next request; null when signed out or banned.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserAuthState(id);
  if (!user || user.bannedAt || !user.handle) return null;
  return { id: user.id, name: user.name ?? user.handle, handle: user.handle, role: user.role };
});
