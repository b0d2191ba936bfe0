import { z } from "zod";
import { getSoundtrackSuggestions } from "@/db/queries/search";
import { MAX_TYPED_LENGTH } from "@/lib/compare-path";
import { SHARED_CACHE_CONTROL } from "@/lib/shared-cache.mjs";

const query = z.object({
  q: z
    .string()
    .max(MAX_TYPED_LENGTH, `q must be at most ${MAX_TYPED_LENGTH} characters`)
    .default(""),
});

/**
 * Live soundtracks whose film matches what was typed so far, for the comparison pickers. The
 * answer is the same for everyone, so a shared cache may keep it for the site's window.
 */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json(
      { error: parsed.error.issues[0]?.message ?? "Bad query" },
      { status: 400 },
    );
  }
  const suggestions = await getSoundtrackSuggestions(parsed.data.q);
  return Response.json({ suggestions }, { headers: { "cache-control": SHARED_CACHE_CONTROL } });
}
