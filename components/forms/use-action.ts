"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { wrote } from "@/components/viewer/own-writes";
import { type ActionState, IDLE } from "@/lib/action-state";

type Options<S> = {
  /** Runs as the form is sent: an optimistic change. */
  onSend?: (form: FormData) => void;
  /** Runs when the action answers "ok". */
  onDone?: (state: S) => void;
};

/**
 * Every form's wiring to its server action: its state, whether it is pending, and a submit
 * handler that sends through the action in a transition instead of React's built-in form
 * handling, so the form is not reset and what the reader typed stays put on error. After a write
 * the page on screen is brought up to date with it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useAction<S extends ActionState<any, any>>(
  action: (previous: S, form: FormData) => Promise<S>,
  options: Options<S> = {},
) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [state, formAction, pending] = useActionState<S, FormData>(async (previous, form) => {
    latest.current.onSend?.(form);
    const next = await action(previous as S, form);
    if (next.status === "ok") {
      latest.current.onDone?.(next);
      // The page on screen catches up with the write (it is refreshed until it includes it).
      if (next.written) wrote(next.written);
    }
    return next;
  }, IDLE as Awaited<S>);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(form));
  };
  return { state, formAction, pending, onSubmit };
}
