import { z } from "zod";

export const ARCHIVE_PAGE_SIZE = 20;

export function pageCountFor(total: number, pageSize = ARCHIVE_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

const pageParam = z.coerce.number().int().min(1).max(100_000);

/** A page number from the URL, or null when it is not a whole number from 1 up. */
export function parsePageParam(raw: string): number | null {
  if (!/^\d+$/.test(raw)) return null;
  const parsed = pageParam.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
