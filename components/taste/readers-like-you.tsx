"use client";

import Link from "next/link";
import { ProfileSection } from "@/components/profile/profile-section";
import { usePrivateJson } from "@/components/viewer/use-private-json";
import { useViewer } from "@/components/viewer/use-viewer";
import { MIN_IN_COMMON, readerComparisonPath, type ReadersLikeYouPayload } from "@/lib/taste";

function ReadersList({ handle, payload }: { handle: string; payload: ReadersLikeYouPayload }) {
  if (payload.scoresPrivate) {
    return (
      <p className="mt-3 text-soft">
        Your scores are private, so you aren’t compared with anyone.{" "}
        <Link href="/settings#scores" className="link-accent">
          Change it in your settings
        </Link>
        .
      </p>
    );
  }
  if (payload.readers.length === 0) {
    return (
      <p className="mt-3 text-soft">
        Nobody yet: a reader shows here once you have both scored at least {MIN_IN_COMMON} of the
        same soundtracks. Score more soundtracks to find them.
      </p>
    );
  }
  return (
    <ol className="mt-4 space-y-2">
      {payload.readers.map((reader) => (
        <li key={reader.handle} className="flex flex-wrap items-baseline gap-x-3">
          <span className="w-12 font-serif text-xl font-semibold tabular-nums">
            {reader.percent}%
          </span>
          <Link href={readerComparisonPath(handle, reader.handle)} className="link-accent">
            {reader.name}
          </Link>
          <span className="text-sm text-soft">{reader.inCommon} soundtracks in common</span>
        </li>
      ))}
    </ol>
  );
}

/** Fetched after the page loads, for the reader's own eyes only. */
function ReadersLikeYouLoaded({ handle }: { handle: string }) {
  const { state } = usePrivateJson<ReadersLikeYouPayload>("/api/readers-like-you");
  if (state.status === "loading") return <p className="mt-3 text-soft">Finding them…</p>;
  if (state.status === "failed") {
    return <p className="mt-3 text-soft">They couldn’t be found just now: reload to try again.</p>;
  }
  return <ReadersList handle={handle} payload={state.data} />;
}

/**
 * "Readers who score like you", on the signed-in reader's own profile only: the closest readers
 * with their agreement, each linking to the comparison.
 */
export function ReadersLikeYou({ handle }: { handle: string }) {
  const viewer = useViewer();
  if (!viewer || viewer.handle !== handle) return null;
  return (
    <ProfileSection id="like-you-heading" title="Readers who score like you">
      <p className="mt-2 text-sm text-soft">
        Only you see this. Each has at least {MIN_IN_COMMON} soundtracks in common with you.
      </p>
      <ReadersLikeYouLoaded handle={handle} />
    </ProfileSection>
  );
}
