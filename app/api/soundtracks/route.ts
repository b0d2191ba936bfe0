import { z } from "zod";
import { getSoundtrackSuggestions } from "@/db/queries/search";
import { MAX_TYPED_LENGTH } from "@/lib/compare-path";

const query = z.object({
  q: z
    .string()
    .max(MAX_TYPED_LENGTH, `q must be at most ${MAX_TYPED_LENGTH} characters`)
    .default(""),
});

/**
 * Live soundtracks whose film matches what was typed so far, for the comparison pickers. The
 * answer is the same for everyone, so browsers and proxies may keep it briefly.
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
  return Response.json(
    { suggestions },
    { headers: { "cache-control": "public, max-age=30, stale-while-revalidate=60" } },
  );
}
