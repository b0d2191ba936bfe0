// Types for scripts/bench/actions.mjs, plain JavaScript because the benchmark runs it too.
import type { ActionState } from "../../lib/action-state";

/** A form's fields: a value sent several times (tick boxes with one name) is an array. */
export type ActionFields = Record<string, string | number | (string | number)[]>;

export function findActionId(distDir: string, file: string, exportedName: string): string;

export function actionRequest(options: {
  actionId: string;
  fields: ActionFields;
  cookie?: string;
  origin?: string;
  previous?: ActionState;
}): { headers: Record<string, string>; body: FormData };

export function actionState(text: string): ActionState | null;

export function callAction(options: {
  base: string;
  path: string;
  actionId: string;
  fields: ActionFields;
  cookie?: string;
  previous?: ActionState;
  timeoutMs?: number;
}): Promise<{ status: number; ms: number; state: ActionState | null; error?: string }>;

export function signIn(options: { base: string; email: string; password: string }): Promise<string>;
