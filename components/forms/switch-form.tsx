"use client";

import { useState } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionStatus } from "./action-status";
import { SwitchButton } from "./switch-button";
import { useAction } from "./use-action";

/**
 * A setting saved by one press: a switch (aria-pressed) that sends `name` as "on" or "off" and
 * shows what the action answers it is now (its `data[name]`), with the outcome under it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function SwitchForm<S extends ActionState<any, any>>({
  action,
  name,
  on,
  children,
}: {
  action: (previous: S, form: FormData) => Promise<S>;
  name: string;
  on: boolean;
  children: React.ReactNode;
}) {
  const [saved, setSaved] = useState(on);
  const { state, formAction, pending, onSubmit } = useAction(action, {
    onDone: (done) => setSaved((done.data as Record<string, boolean> | undefined)?.[name] ?? saved),
  });
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name={name} value={saved ? "off" : "on"} />
      <SwitchButton pressed={saved} pending={pending}>
        {children}
      </SwitchButton>
      <ActionStatus
        className="mt-2 min-h-5"
        state={state}
        pending={pending}
        pendingText="Saving…"
      />
    </form>
  );
}
