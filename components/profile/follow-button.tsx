"use client";

import { useState } from "react";
import { follow } from "@/app/u/[handle]/follow-actions";
import { unfollow } from "@/app/u/[handle]/unfollow-actions";
import { ActionStatus } from "@/components/forms/action-status";
import { compactButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { usePrivateJson } from "@/components/viewer/use-private-json";
import { useViewer } from "@/components/viewer/use-viewer";
import type { FollowState } from "@/lib/follow-rules";

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
  const { state } = usePrivateJson<FollowState>(
    `/api/follow-state?handle=${encodeURIComponent(handle)}`,
  );
  // What the last follow or unfollow answered, over what the page asked when it loaded.
  const [changed, setChanged] = useState<boolean>();
  if (state.status === "loading") {
    return <p className="mt-4 min-h-9 text-sm text-soft">Checking whether you follow {name}…</p>;
  }
  if (state.status === "failed") {
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
      following={changed ?? state.data.following}
      onChange={setChanged}
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
