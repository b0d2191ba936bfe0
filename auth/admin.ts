import "server-only";
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/viewer";
import { getViewer } from "./viewer";

/**
 * The admin reading an admin page or calling an admin route; anyone else gets the not-found page,
 * so the admin area does not even admit it exists. Every admin page and route handler calls it,
 * not only the layout: a layout does not run for every request to the pages under it.
 */
export async function requireAdmin(): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer?.role !== "admin") notFound();
  return viewer;
}
