/**
 * The one shape every server action answers with, and that every form shows: a status, a message
 * for the live region, errors per field, what was sent (so nothing typed is lost) and, for the
 * actions that need it, a small result of their own.
 */
export type ActionState<Field extends string = string, Data = unknown> = {
  status: "idle" | "ok" | "error";
  /** Why an error state said no, for code to branch on: the message is for people. */
  code?: ActionCode;
  message: string;
  fieldErrors?: Partial<Record<Field, string[]>>;
  values?: Partial<Record<Field, FormValue>>;
  data?: Data;
  /** A write changed cached pages: when it was done (ms) and the cache tags it touched. */
  written?: Written;
};

/**
 * Why an action said no. session-ended: nobody is signed in (any more); refused: the caller may
 * not do this (a reader at an admin action, a suspended reader, a rule of the site); invalid: the
 * form needs a change; rate-limited: too many, too soon; gone: what it acts on is no longer there;
 * failed: a fault on the server; offline: the browser could not reach the site (set client-side).
 */
export type ActionCode =
  "session-ended" | "refused" | "invalid" | "rate-limited" | "gone" | "failed" | "offline";

export type Written = { at: number; tags: string[] };

export type FormValue = string | string[];

export const IDLE: ActionState<never, never> = { status: "idle", message: "" };

/**
 * Said by the site's server when it refuses an action before Next reads it
 * (server/action-requests.mjs); MALFORMED_REQUEST also by auth/action.ts to a body not a form.
 */
export { CROSS_SITE_FORM, MALFORMED_REQUEST } from "./request-limits.mjs";

/**
 * A form's fields as a plain object: a field sent once is a string, a field sent several times
 * (tick boxes with one name) is an array, and files are left out.
 */
export function formFields(form: FormData): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length === 1) out[key] = values[0]!;
    else if (values.length > 1) out[key] = values;
  }
  return out;
}

/** For schema fields that may arrive once, several times or not at all. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

export function fieldValue(state: ActionState, field: string): string | undefined {
  const value = state.values?.[field];
  return typeof value === "string" ? value : undefined;
}
