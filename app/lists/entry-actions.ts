"use server";

import { z } from "zod";
import { readerAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { getOwnListFacts } from "@/db/queries/reader-list-reads";
import {
  addListEntry,
  moveListEntry,
  removeListEntry,
  setListEntryNote,
} from "@/db/queries/reader-lists";
import { LIST_MESSAGES as M } from "@/lib/list-rules";
import { entryNote, id, listId, soundtrackId } from "./list-schema";

const entry = { listId, soundtrackId };

/** The tags an entry write touches: the count on its review moves only for a public list. */
const changed = (userId: string, isPublic: boolean, soundtrack: number) =>
  writes.readerListChanged({ userId, soundtrackIds: isPublic ? [soundtrack] : [] });

const ADD_REFUSALS = {
  "already-listed": { code: "refused", message: M.alreadyListed },
  full: { code: "refused", message: M.full },
  "not-found": { code: "gone", message: M.listGone },
} as const;

/** A soundtrack, with the reader's note, at the end of one of their lists. */
export const addToList = readerAction(
  { schema: z.object({ ...entry, note: entryNote }), refused: M.signIn },
  async (input, { viewer }) => {
    const list = await getOwnListFacts(viewer.id, input.listId);
    if (!list) return { ok: false, ...ADD_REFUSALS["not-found"] };
    const result = await addListEntry(viewer.id, input.listId, input.soundtrackId, input.note);
    if (result !== "added") {
      // A list that is theirs but refuses the soundtrack: not full, not holding it, so it has no live review.
      const refusal =
        result === "not-found"
          ? { code: "gone" as const, message: M.soundtrackGone }
          : ADD_REFUSALS[result];
      return { ok: false, ...refusal };
    }
    return {
      ok: true,
      message: "Added to the list.",
      data: { listId: input.listId },
      touched: changed(viewer.id, list.isPublic, input.soundtrackId),
      values: { note: "" },
    };
  },
);

export const removeFromList = readerAction(
  { schema: z.object(entry), refused: M.signIn },
  async (input, { viewer }) => {
    const list = await getOwnListFacts(viewer.id, input.listId);
    if (!list) return { ok: false, code: "gone", message: M.listGone };
    if (!(await removeListEntry(viewer.id, input.listId, input.soundtrackId))) {
      return { ok: false, code: "gone", message: M.entryGone };
    }
    return {
      ok: true,
      message: "Removed from the list.",
      touched: changed(viewer.id, list.isPublic, input.soundtrackId),
    };
  },
);

/** Up or down a place: the form's button says which place (1 = first). */
export const moveInList = readerAction(
  { schema: z.object({ ...entry, to: id(M.entryGone) }), refused: M.signIn },
  async (input, { viewer }) => {
    if (!(await moveListEntry(viewer.id, input.listId, input.soundtrackId, input.to))) {
      return { ok: false, code: "gone", message: M.entryGone };
    }
    return {
      ok: true,
      message: `Moved to place ${input.to}.`,
      touched: writes.readerListChanged({ userId: viewer.id, soundtrackIds: [] }),
    };
  },
);

export const setEntryNote = readerAction(
  { schema: z.object({ ...entry, note: entryNote }), refused: M.signIn },
  async (input, { viewer }) => {
    if (!(await setListEntryNote(viewer.id, input.listId, input.soundtrackId, input.note))) {
      return { ok: false, code: "gone", message: M.entryGone };
    }
    return {
      ok: true,
      message: input.note ? "Note saved." : "Note removed.",
      touched: writes.readerListChanged({ userId: viewer.id, soundtrackIds: [] }),
    };
  },
);
