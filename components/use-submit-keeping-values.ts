"use client";

import { startTransition, type FormEvent } from "react";

/**
 * Submits through the action in a transition instead of React's built-in form handling, so the
 * form is not reset: what the reader typed or chose stays put on error. The form keeps
 * `action={formAction}` too, so a submit made before hydration is replayed once interactive.
 */
export function useSubmitKeepingValues(dispatch: (data: FormData) => void, isPending: boolean) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isPending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };
}
