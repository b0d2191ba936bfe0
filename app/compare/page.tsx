import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { ComparePicker } from "@/components/compare/compare-picker";
import { RecentComparisons } from "@/components/compare/recent-comparisons";
import { FormProblems } from "@/components/compare/form-problems";
import { findLiveSoundtracks, resolveTypedNames } from "@/db/queries/compare";
import { getRecentComparisons } from "@/db/queries/compare-archive";
import {
  comparePath,
  MAX_COMPARED,
  MAX_TYPED_LENGTH,
  parseComparePath,
  SEPARATOR,
} from "@/lib/compare-path";
import { slugSchema } from "@/lib/compare-schemas";

export const metadata: Metadata = {
  title: "Compare soundtracks",
  description:
    "Two to four soundtracks side by side: runtimes, track lengths, scores and favourites.",
  alternates: { canonical: "/compare" },
};

const asList = (value: unknown) => (value === undefined || Array.isArray(value) ? value : [value]);

// The plain form sends a `pick` per field (at most a few more than it has, whatever arrives).
const query = z.object({
  pick: z.preprocess(
    asList,
    z
      .array(z.string().max(MAX_TYPED_LENGTH))
      .max(MAX_COMPARED + 2)
      .optional(),
  ),
  with: slugSchema.optional(),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Renders per request: it reads the address's query (the plain form's names, the soundtrack to
 * start from) and lists the comparisons opened most recently, which change with every opening.
 * Names that lead to no comparison are explained here, above the form that still holds them: a
 * 404 would be drawn by the browser's JavaScript, which the plain form is for doing without.
 */
export default async function ComparePage({ searchParams }: Props) {
  const parsed = query.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const { pick, with: start } = parsed.data;
  const names = pick ? await resolveTypedNames(pick) : [];
  const slugs = names.flatMap((n) => (n.found ? [n.found.slug] : []));
  if (pick && slugs.length === names.length && parseComparePath(slugs.join(SEPARATOR)).ok) {
    redirect(comparePath(slugs));
  }
  const [startWith] = start ? await findLiveSoundtracks([start]) : [];
  if (start && !startWith) notFound();
  const recent = await getRecentComparisons();
  const initial = startWith ? [startWith] : [];
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">Compare</p>
      <h1 className="mt-1 font-serif text-4xl font-semibold">Soundtracks side by side</h1>
      <p className="mt-2 max-w-2xl text-soft">
        Choose two soundtracks, or up to {MAX_COMPARED}: their runtimes, track lengths, critic’s and
        readers’ scores and the readers’ favourite tracks, next to each other.
      </p>
      <section
        aria-labelledby="choose-heading"
        className="mt-8 rounded-lg bg-stone-100 p-5 dark:bg-stone-900"
      >
        <h2 id="choose-heading" className="sr-only">
          Choose soundtracks
        </h2>
        {pick && <FormProblems names={names} />}
        <ComparePicker
          initial={initial.map((s) => ({ slug: s.slug, filmTitle: s.filmTitle }))}
          typed={pick}
        />
      </section>
      <RecentComparisons comparisons={recent} />
    </div>
  );
}
