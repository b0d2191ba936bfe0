import type { EditorValues } from "@/lib/editor-values";

/** Errors of the last save, by field name. */
export type FieldErrors = Partial<Record<string, string[]>>;

/** Changes some fields of the form. */
export type SetValues = (patch: Partial<EditorValues>) => void;
