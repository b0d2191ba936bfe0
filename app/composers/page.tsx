import type { Metadata } from "next";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { ComposerIndex } from "@/components/composers/composer-index";
import { EmptyState } from "@/components/site/empty-state";
import { PageVersion } from "@/components/viewer/page-version";
import { getComposerIndex } from "@/db/queries/composers";

export const revalidate = 60;

export const metadata: Metadata = {
  title: "Composers",
  description: "Every composer whose soundtrack has been explored in the series.",
};

export default async function ComposersPage() {
  const composers = await getComposerIndex();
  const version = await tagPage(reads.composers());
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageVersion {...version} />
      <h1 className="font-serif text-4xl font-semibold">Composers</h1>
      <p className="mt-2 text-soft">
        Everyone whose music the series has explored
        {composers.length > 0 && ` — ${composers.length} so far`}, by surname.
      </p>
      {composers.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No composers yet">
            Composers are listed here once their first soundtrack is reviewed.
          </EmptyState>
        </div>
      ) : (
        <ComposerIndex composers={composers} />
      )}
    </div>
  );
}
