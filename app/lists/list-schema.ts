import { z } from "zod";
import {
  ENTRY_NOTE_MAX_LENGTH,
  LIST_MESSAGES as M,
  LIST_NOTE_MAX_LENGTH,
  LIST_TITLE_MAX_LENGTH,
} from "@/lib/list-rules";

/** The fields the lists' actions share: ids from hidden fields, texts from the reader. */
export const id = (error: string) => z.coerce.number({ error }).int({ error }).positive({ error });

/** An optional note: blank is none. */
const note = (max: number, error: string) =>
  z
    .string()
    .trim()
    .max(max, error)
    .optional()
    .transform((v) => v || null);

export const listFields = {
  title: z
    .string({ error: M.titleRequired })
    .trim()
    .min(1, M.titleRequired)
    .max(LIST_TITLE_MAX_LENGTH, M.titleTooLong),
  note: note(LIST_NOTE_MAX_LENGTH, M.noteTooLong),
  /** A tick box: sent as "on" when ticked, not at all when not. */
  ranked: z.literal("on").optional(),
  visibility: z.enum(["public", "private"], { error: M.visibility }),
};

export const entryNote = note(ENTRY_NOTE_MAX_LENGTH, M.entryNoteTooLong);

export const listId = id(M.listGone);
export const soundtrackId = id(M.soundtrackGone);

export const toListFields = (input: {
  title: string;
  note: string | null;
  ranked?: "on";
  visibility: "public" | "private";
}) => ({
  title: input.title,
  note: input.note,
  ranked: input.ranked === "on",
  isPublic: input.visibility === "public",
});
