import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { invalidate } from "@/cache/next";
import { isPrimaryDown } from "@/db/replica.mjs";
import {
  type ActionCode,
  type ActionState,
  type FormValue,
  formFields,
  MALFORMED_REQUEST,
} from "@/lib/action-state";
import { log } from "@/lib/logger.mjs";
import { MAX_BODY_LENGTH } from "@/lib/review-rules";
import { suspendedMessage } from "@/lib/moderation";
import { requestId } from "@/lib/request-log";
import type { Viewer } from "@/lib/viewer";
import { getSuspension, getViewer } from "./viewer";

/**
 * The one way to write a server action: the wrapper reads the caller and refuses the wrong one,
 * parses the form with zod, runs the handler (which calls the data layer), invalidates the cache
 * tags the handler's write touched, and answers with one ActionState. A body that is not form
 * data, or a fault on the server, is an error state too, never a 500.
 */

type Caller = "anyone" | "reader" | "admin";
type CallerOf<C extends Caller> = C extends "anyone" ? null : Viewer;

type Fields<S extends z.ZodType> = Extract<keyof z.input<S>, string>;

export type ActionResult<Field extends string, Data> =
  | {
      ok: true;
      message: string;
      data?: Data;
      /** Tags of the data the write changed, from cache/tags.ts `writes`. */
      touched?: readonly string[];
      /** What the form should show now, when not what was sent (a cleared box). */
      values?: Partial<Record<Field, FormValue>>;
    }
  | {
      ok: false;
      /** Said when it is not "refused" (or "invalid", when fields are named). */
      code?: Exclude<ActionCode, "offline" | "failed">;
      message: string;
      fieldErrors?: Partial<Record<Field, string[]>>;
      data?: Data;
    };

type Options<S extends z.ZodType> = {
  schema: S;
  /**
   * Said to a caller who is not signed in (or whose session ended): "Sign in to comment." A
   * signed-in reader calling an admin action is told REFUSED.admin instead: signing in again
   * would change nothing for them.
   */
  refused?: string;
  /** Said when a field needs a change (each field gets its own message too). */
  invalid?: string;
  /** Fields never sent back to the browser, such as passwords. */
  secret?: readonly string[];
};

const REFUSED = { reader: "Sign in first.", admin: "Only editors can do that." };
const INVALID = "Check the highlighted fields.";
export const SERVER_FAULT =
  "Something went wrong on our side, and nothing was saved. Please try again in a moment.";
/** Said when an instance on a replica cannot reach the primary (db/replica.mjs). */
export const PRIMARY_DOWN =
  "The site cannot save anything just now (its database is out of reach), so nothing was saved. Pages can still be read; please try again in a few minutes.";

function allowed(caller: Exclude<Caller, "anyone">, viewer: Viewer | null): boolean {
  return caller === "admin" ? viewer?.role === "admin" : viewer !== null;
}

/** What a caller the action refuses is told, and why. */
async function refusal(
  caller: Exclude<Caller, "anyone">,
  viewer: Viewer | null,
  { refused }: { refused?: string },
): Promise<{ code: ActionCode; message: string }> {
  // Signed in, as a reader, at an admin action: signing in again would change nothing.
  if (viewer !== null) return { code: "refused", message: REFUSED.admin };
  // A banned reader is nobody to getViewer, but is told why they cannot take part.
  const suspension = await getSuspension();
  if (suspension) return { code: "refused", message: suspendedMessage(suspension.reason) };
  return { code: "session-ended", message: refused ?? REFUSED[caller] };
}

/**
 * No form takes a longer field than a review's body: one longer still was not typed into the
 * form (the forms check lengths before sending), and is not sent back a second time.
 */
const LONGEST_ECHO = MAX_BODY_LENGTH;

const echoable = (value: FormValue) =>
  (Array.isArray(value) ? value : [value]).every((v) => v.length <= LONGEST_ECHO);

/** What was sent, minus secrets, Next's own fields and oversized ones, to put back into the form. */
function echo(form: FormData, secret: readonly string[] = []): Record<string, FormValue> {
  const fields = formFields(form);
  for (const [key, value] of Object.entries(fields)) {
    if (secret.includes(key) || key.startsWith("$ACTION") || !echoable(value)) delete fields[key];
  }
  return fields;
}

function defineAction<C extends Caller>(caller: C) {
  return function action<S extends z.ZodType, Data = undefined>(
    options: Options<S>,
    handler: (
      input: z.output<S>,
      context: { viewer: CallerOf<C>; form: FormData },
    ) => Promise<ActionResult<Fields<S>, Data>>,
  ) {
    type State = ActionState<Fields<S>, Data>;
    return async function run(_previous: State, form: FormData): Promise<State> {
      if (!(form instanceof FormData)) {
        return { status: "error", code: "invalid", message: MALFORMED_REQUEST };
      }
      const values = echo(form, options.secret) as State["values"];
      try {
        const viewer = caller === "anyone" ? null : await getViewer();
        if (caller !== "anyone" && !allowed(caller as Exclude<Caller, "anyone">, viewer)) {
          const refused = await refusal(caller as Exclude<Caller, "anyone">, viewer, options);
          return { status: "error", ...refused, values };
        }
        const parsed = options.schema.safeParse(formFields(form));
        if (!parsed.success) {
          const { formErrors, fieldErrors } = z.flattenError(parsed.error);
          return {
            status: "error",
            code: "invalid",
            message: formErrors[0] ?? options.invalid ?? INVALID,
            fieldErrors: fieldErrors as State["fieldErrors"],
            values,
          };
        }
        const result = await handler(parsed.data, { viewer: viewer as CallerOf<C>, form });
        if (!result.ok) {
          const { message, fieldErrors, data } = result;
          const code = result.code ?? (fieldErrors ? "invalid" : "refused");
          return { status: "error", code, message, fieldErrors, data, values };
        }
        const touched = [...new Set(result.touched)];
        if (touched.length > 0) invalidate(touched);
        return {
          status: "ok",
          message: result.message,
          data: result.data,
          values: result.values ?? values,
          // The writer's browser uses it to make sure the page it shows includes the write.
          ...(touched.length > 0 && { written: { at: Date.now(), tags: touched } }),
        };
      } catch (error) {
        unstable_rethrow(error);
        log.error("action.failed", { requestId: await requestId(), err: error });
        const message = isPrimaryDown(error) ? PRIMARY_DOWN : SERVER_FAULT;
        return { status: "error", code: "failed", message, values };
      }
    };
  };
}

/** Anyone may call it: sign-in and sign-up. */
export const publicAction = defineAction("anyone");
/** Signed-in, not banned readers (and admins). */
export const readerAction = defineAction("reader");
/** Admins only: everyone else is refused before the form is even parsed. */
export const adminAction = defineAction("admin");
