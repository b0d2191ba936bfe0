"use client";

import Link from "next/link";
import { type Fetched, usePrivateJson } from "@/components/viewer/use-private-json";
import { formatScore } from "@/lib/format";
import { MIN_IN_COMMON, type ReadersLikeYouScorePayload } from "@/lib/taste";
import { LINE } from "./readers-like-you-score";

/** A link to the reader's own list of the readers who score most like them. */
function Closest({ handle, children }: { handle: string; children: React.ReactNode }) {
  return (
    <Link href={`/u/${encodeURIComponent(handle)}#like-you-heading`} className="link-accent">
      {children}
    </Link>
  );
}

function Line({
  fetched,
  handle,
  loading,
}: {
  fetched: Fetched<ReadersLikeYouScorePayload>;
  handle: string;
  loading: React.ReactNode;
}) {
  if (fetched.status === "loading") return loading;
  const soft = (text: React.ReactNode) => <p className={`${LINE} text-sm text-soft`}>{text}</p>;
  if (fetched.status === "failed") {
    return soft("Readers like you: couldn’t be worked out just now.");
  }
  const state = fetched.data;
  if (state.kind === "private") {
    return soft("Readers like you: none, as your scores are private and never compared.");
  }
  if (state.kind === "nobody") {
    return soft(
      `Readers like you: nobody yet. They are readers with at least ${MIN_IN_COMMON} soundtracks scored in common with you.`,
    );
  }
  const closest = (text: string) => <Closest handle={handle}>{text}</Closest>;
  const many = `${state.neighbours} readers who score most like you`;
  if (state.average === null) {
    return soft(
      state.neighbours === 1 ? (
        <>{closest("The reader who scores most like you")} hasn’t scored it yet.</>
      ) : (
        <>None of the {closest(many)} has scored it yet.</>
      ),
    );
  }
  return (
    <p className={LINE}>
      <span className="text-soft">Readers like you gave it</span>{" "}
      <strong className="font-serif text-xl font-semibold text-accent dark:text-night-accent">
        {formatScore(state.average)}
      </strong>{" "}
      <span className="text-sm text-soft">
        (
        {state.neighbours === 1 ? (
          closest("the reader who scores most like you")
        ) : (
          <>
            {state.count} of the {closest(many)}
          </>
        )}
        )
      </span>
    </p>
  );
}

/** The line, fetched for the signed-in reader; `loading` shows meanwhile, as while this module loads. */
export function ReadersLikeYouLine({
  soundtrackId,
  handle,
  loading,
}: {
  soundtrackId: number;
  handle: string;
  loading: React.ReactNode;
}) {
  const { state } = usePrivateJson<ReadersLikeYouScorePayload>(
    `/api/readers-like-you/${soundtrackId}`,
  );
  return <Line fetched={state} handle={handle} loading={loading} />;
}
