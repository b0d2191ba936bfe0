"use client";

import { useEffect, useState } from "react";
import { follow } from "@/app/u/[handle]/follow-actions";
import { unfollow } from "@/app/u/[handle]/unfollow-actions";
import { ActionStatus } from "@/components/forms/action-status";
import { compactButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { useViewer } from "@/components/viewer/use-viewer";
import type { FollowState } from "@/lib/follow-rules";

type Known = { status: "loading" } | { status: "failed" } | { status: "ready"; following: boolean };

/** One press: Follow, or Unfollow while following; the outcome is said under it. */
function FollowForm({
  handle,
  name,
  following,
  onChange,
}: {
  handle: string;
  name: string;
  following: boolean;
  onChange: (following: boolean) => void;
}) {
  const { state, formAction, pending, onSubmit } = useAction(following ? unfollow : follow, {
    onDone: (done) => onChange((done.data as FollowState | undefined)?.following ?? !following),
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-4">
      <input type="hidden" name="handle" value={handle} />
      <div className="flex flex-wrap items-center gap-3">
        {following && <p className="text-sm font-semibold">You follow {name}</p>}
        <SubmitButton
          pending={pending}
          pendingLabel={following ? "Unfollowing…" : "Following…"}
          className={following ? quietButtonClass : compactButtonClass}
        >
          {following ? "Unfollow" : "Follow"}
        </SubmitButton>
      </div>
      <ActionStatus className="mt-2 min-h-5" state={state} />
    </form>
  );
}

function FollowLoaded({ handle, name }: { handle: string; name: string }) {
  const [known, setKnown] = useState<Known>({ status: "loading" });
  useEffect(() => {
    let live = true;
    fetch(`/api/follow-state?handle=${encodeURIComponent(handle)}`, { cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(`status ${response.status}`);
        const state = (await response.json()) as FollowState;
        if (live) setKnown({ status: "ready", following: state.following });
      })
      .catch(() => {
        if (live) setKnown({ status: "failed" });
      });
    return () => {
      live = false;
    };
  }, [handle]);
  if (known.status === "loading") {
    return <p className="mt-4 min-h-9 text-sm text-soft">Checking whether you follow {name}…</p>;
  }
  if (known.status === "failed") {
    return (
      <p className="mt-4 text-sm text-soft">
        Whether you follow {name} couldn’t be checked just now: reload to try again.
      </p>
    );
  }
  return (
    <FollowForm
      handle={handle}
      name={name}
      following={known.following}
      onChange={(following) => setKnown({ status: "ready", following })}
    />
  );
}

/**
 * On another reader's profile, for a signed-in reader: follow them or stop. The profile is cached
 * and the same for everyone, so whether the reader follows them is asked once the page has loaded.
 */
export function FollowButton({ handle, name }: { handle: string; name: string }) {
  const viewer = useViewer();
  if (!viewer || viewer.handle === handle) return null;
  return <FollowLoaded handle={handle} name={name} />;
}
