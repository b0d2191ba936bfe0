import type { Metadata } from "next";
import Link from "next/link";
import { SampleTag } from "@/components/sample-tag";
import { getWeeklySlot } from "@/db/queries/settings";
import { READER_RANKING_MINIMUM } from "@/db/queries/rankings";
import { FEED_PATH, SITE_NAME } from "@/lib/site";
import { WEEKDAYS } from "@/lib/weekly-slot";

// Static; the weekly slot an editor changes shows within a minute.
export const revalidate = 60;

export const metadata: Metadata = {
  title: "About",
  description: `Who writes ${SITE_NAME}, how the scores work and when a new review arrives.`,
};

const sectionClass = "mt-10";
const headingClass = "font-serif text-2xl font-semibold";
const textClass = "mt-3 font-serif text-lg leading-relaxed";

export default async function AboutPage() {
  const slot = await getWeeklySlot();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-semibold">About {SITE_NAME}</h1>
      <p className={`${textClass} text-soft`}>
        A weekly series of long-form film-soundtrack reviews: one score a week, listened to from the
        first cue to the end credits, with every track listed.
      </p>

      <section aria-labelledby="who" className={sectionClass}>
        <h2 id="who" className={headingClass}>
          Who writes it
        </h2>
        <p className={textClass}>
          The reviews are written by the site’s owner, a film-music listener who takes one
          soundtrack each week and explores it track by track: what the music does in the film, how
          it holds up on its own, and which cues are worth going back to. The series began with{" "}
          <Link href="/reviews/mission-impossible-fallout" className="link-accent">
            Lorne Balfe’s <cite>Mission: Impossible – Fallout</cite>
          </Link>
          , and every week since is in{" "}
          <Link href="/reviews" className="link-accent">
            the archive
          </Link>
          .
        </p>
      </section>

      <section aria-labelledby="scores" className={sectionClass}>
        <h2 id="scores" className={headingClass}>
          How scores work
        </h2>
        <ul className={`${textClass} list-disc space-y-2 pl-6`}>
          <li>
            <strong>The critic’s score</strong> runs from 0 to 10 in tenths of a point (an 8.6 is a
            little better than an 8.5). Some reviews, like the very first, have no score at all: the
            words say it.
          </li>
          <li>
            <strong>Readers’ scores</strong> run from 0 to 10 in half points. Signed-in readers
            score any soundtrack on its review page; the readers’ average and how the scores spread
            sit beside the critic’s, and you can keep the average hidden until you have scored.
          </li>
          <li>
            <Link href="/top-rated" className="link-accent">
              Top rated
            </Link>{" "}
            ranks soundtracks both ways; a soundtrack joins the readers’ ranking once it has at
            least {READER_RANKING_MINIMUM} readers’ scores.
          </li>
        </ul>
      </section>

      <section aria-labelledby="samples" className={sectionClass}>
        <h2 id="samples" className={headingClass}>
          What “Sample” means
        </h2>
        <p className={textClass}>
          Reviews and composers marked <SampleTag /> are samples: invented films by invented
          composers, written to show how the site works while the series grows. Their films, labels
          and people do not exist. Everything without the mark is a real soundtrack.
        </p>
      </section>

      <section aria-labelledby="schedule" className={sectionClass}>
        <h2 id="schedule" className={headingClass}>
          The weekly schedule
        </h2>
        <p className={textClass}>
          A new review goes out every week, on {WEEKDAYS[slot.weekday]} at {slot.time} (
          {slot.timeZone.replace(/_/g, " ")} time). Each one is numbered by its week in the series
          and stays in the archive, where you can filter by film year, composer and score, and each
          composer has a page of their soundtracks (see{" "}
          <Link href="/composers" className="link-accent">
            every composer
          </Link>
          ).
        </p>
      </section>

      <section aria-labelledby="follow" className={sectionClass}>
        <h2 id="follow" className={headingClass}>
          Follow along
        </h2>
        <p className={textClass}>
          The{" "}
          <a href={FEED_PATH} className="link-accent">
            RSS feed
          </a>{" "}
          carries every new review in full as it goes out; add <code>{FEED_PATH}</code> to your feed
          reader.
        </p>
      </section>
    </div>
  );
}
