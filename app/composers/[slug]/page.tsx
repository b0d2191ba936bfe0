import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { ComposerSoundtracks } from "@/components/composers/composer-soundtracks";
import { Duration } from "@/components/duration";
import { SampleTag } from "@/components/sample-tag";
import { PageVersion } from "@/components/viewer/page-version";
import {
  getComposerIndex,
  getComposerSoundtracks,
  getLiveComposerBySlug,
} from "@/db/queries/composers";
import { archiveHref, NO_FILTERS } from "@/lib/archive-filters";

export const revalidate = 60;

export async function generateStaticParams() {
  return (await getComposerIndex()).map(({ slug }) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const composer = await getLiveComposerBySlug((await params).slug);
  return { title: composer ? `${composer.name}, composer` : "Composer not found" };
}

export default async function ComposerPage({ params }: Props) {
  const composer = await getLiveComposerBySlug((await params).slug);
  if (!composer) notFound();
  const soundtracks = await getComposerSoundtracks(composer.id);
  const version = await tagPage(reads.composerPage(soundtracks));
  const runtime = soundtracks.reduce((sum, s) => sum + s.runtimeSeconds, 0);
  const count = soundtracks.length;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageVersion {...version} />
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">Composer</p>
      <h1 className="mt-1 flex flex-wrap items-center gap-3 font-serif text-4xl font-semibold">
        {composer.name} {composer.isSample && <SampleTag />}
      </h1>
      <p className="mt-2 text-soft">
        {count} {count === 1 ? "soundtrack" : "soundtracks"} reviewed in the series, with{" "}
        <Duration seconds={runtime} /> of music in all.
      </p>
      <p className="mt-2 text-sm">
        <Link
          href={archiveHref({ ...NO_FILTERS, composer: composer.slug })}
          className="link-accent"
        >
          Filter the archive by {composer.name}
        </Link>{" "}
        ·{" "}
        <Link href="/composers" className="link-accent">
          Every composer
        </Link>
      </p>
      <ComposerSoundtracks soundtracks={soundtracks} />
    </div>
  );
}
