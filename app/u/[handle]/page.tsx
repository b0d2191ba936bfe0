import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { PageVersion } from "@/components/viewer/page-version";
import { CriticCloseness } from "@/components/scores/critic-closeness";
import { ProfileComments } from "@/components/profile/profile-comments";
import { ProfileFavourites } from "@/components/profile/profile-favourites";
import { ProfileScores } from "@/components/profile/profile-scores";
import { ProfileSection } from "@/components/profile/profile-section";
import { FollowButton } from "@/components/profile/follow-button";
import { FollowCounts } from "@/components/profile/follow-counts";
import { ProfileLists } from "@/components/lists/profile-lists";
import { CompareWithYou } from "@/components/taste/compare-with-you";
import { ReadersLikeYou } from "@/components/taste/readers-like-you";
import { getFollowCounts } from "@/db/queries/follows";
import {
  getProfileComments,
  getProfileFavourites,
  getProfileScores,
  getPublicProfile,
} from "@/db/queries/profiles";
import { formatDate } from "@/lib/format";
import { closenessToCritic } from "@/lib/scores";

// Rendered whole on first visit and cached, so an unknown or banned handle gets a real 404 status
// (a streamed dynamic page would already have sent 200). The reader's scores and comments
// regenerate it by tag, and so does a ban (cache/tags.ts writes.readerBanned), at once.
export const revalidate = 60;

export async function generateStaticParams(): Promise<{ handle: string }[]> {
  return [];
}

type Props = { params: Promise<{ handle: string }> };

const loadProfile = cache(getPublicProfile);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).handle);
  if (!profile) return { title: "Reader not found" };
  return {
    title: `${profile.name} (@${profile.handle})`,
    description: `${profile.name}’s soundtrack scores and comments, and how close they run to the critic.`,
  };
}

export default async function ProfilePage({ params }: Props) {
  const profile = await loadProfile((await params).handle);
  if (!profile) notFound();
  const version = await tagPage(reads.profile({ userId: profile.id }));
  const [scores, comments, favourites, counts] = await Promise.all([
    // Private scores still count in every average, but are not listed here.
    profile.scoresPrivate ? [] : getProfileScores(profile.id),
    getProfileComments(profile.id),
    getProfileFavourites(profile.id),
    getFollowCounts(profile.id),
  ]);
  const closeness = closenessToCritic(scores);
  const { name } = profile;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageVersion {...version} />
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">Reader</p>
      <h1 className="mt-1 font-serif text-4xl font-semibold break-words">{name}</h1>
      <p className="mt-2 text-soft">
        @{profile.handle} · reading since{" "}
        <time dateTime={profile.joinedAt.toISOString()}>{formatDate(profile.joinedAt)}</time>
      </p>
      <FollowCounts {...counts} />
      <FollowButton handle={profile.handle} name={name} />
      {!profile.scoresPrivate && <CompareWithYou handle={profile.handle} name={name} />}
      <ReadersLikeYou handle={profile.handle} />

      {profile.scoresPrivate ? (
        <ProfileSection id="scores-heading" title="Scores">
          <p className="mt-3 text-soft">{name} keeps their scores private.</p>
        </ProfileSection>
      ) : (
        <>
          <ProfileSection id="closeness-heading" title="How close to the critic">
            <CriticCloseness closeness={closeness} name={name} />
          </ProfileSection>
          <ProfileSection id="scores-heading" title="Scores">
            <ProfileScores scores={scores} name={name} />
          </ProfileSection>
        </>
      )}
      <ProfileSection id="favourites-heading" title="Favourite tracks">
        <ProfileFavourites favourites={favourites} name={name} />
      </ProfileSection>
      <ProfileLists userId={profile.id} handle={profile.handle} name={name} />
      <ProfileSection id="comments-heading" title="Recent comments">
        <ProfileComments comments={comments} name={name} />
      </ProfileSection>
    </div>
  );
}
