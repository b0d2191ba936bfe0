import { z } from "zod";
import { recordComparisonOpened } from "@/db/queries/compare-archive";
import { findLiveSoundtracks } from "@/db/queries/compare";
import { MAX_COMPARED, MIN_COMPARED } from "@/lib/compare-path";
import { slugSchema } from "@/lib/compare-schemas";
import { readBodyUpTo } from "@/lib/read-body";

/** A body of four slugs is well under this; anything longer is not from the page. */
const MAX_BODY_BYTES = 2048;

const body = z.object({
  slugs: z
    .array(slugSchema)
    .min(MIN_COMPARED, `slugs must name at least ${MIN_COMPARED} soundtracks`)
    .max(MAX_COMPARED, `slugs must name at most ${MAX_COMPARED} soundtracks`)
    .refine((slugs) => new Set(slugs).size === slugs.length, "slugs must all differ"),
});

const refuse = (error: string, status = 400) => Response.json({ error }, { status });

/**
 * A comparison page was opened (its island says so after it loads): counted for the archive of
 * recent comparisons on /compare, which renders per request and so needs no invalidation.
 */
export async function POST(request: Request) {
  const text = await readBodyUpTo(request, MAX_BODY_BYTES);
  if (text === null) return refuse("The body is too large.", 413);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('The body must be JSON: { "slugs": ["…", "…"] }.');
  }
  const parsed = body.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "Bad body.");
  }
  const { slugs } = parsed.data;
  const found = await findLiveSoundtracks(slugs);
  const ids = new Set(found.filter((s) => slugs.includes(s.slug)).map((s) => s.id));
  if (ids.size !== slugs.length) {
    return refuse("slugs must name different soundtracks on the site, by their own slugs.");
  }
  await recordComparisonOpened([...ids]);
  return new Response(null, { status: 204 });
}
