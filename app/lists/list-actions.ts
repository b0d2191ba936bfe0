"use server";

import { z } from "zod";
import { readerAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { getOwnListFacts } from "@/db/queries/reader-list-reads";
import {
  addListEntry,
  createReaderList,
  deleteReaderList,
  updateReaderList,
} from "@/db/queries/reader-lists";
import { LIST_MESSAGES as M } from "@/lib/list-rules";
import { entryNote, listFields, listId, soundtrackId, toListFields } from "./list-schema";

const GONE = { ok: false, code: "gone", message: M.listGone } as const;

/**
 * A new list of the reader's; from a review's "Add to a list", with that soundtrack (and its
 * note) already on it.
 */
export const createList = readerAction(
  {
    schema: z.object({
      ...listFields,
      soundtrackId: soundtrackId.optional(),
      entryNote,
    }),
    refused: M.signIn,
  },
  async (input, { viewer }) => {
    const fields = toListFields(input);
    const id = await createReaderList(viewer.id, fields);
    if (id === null) return { ok: false, code: "refused", message: M.tooManyLists };
    let added = false;
    if (input.soundtrackId !== undefined) {
      added = (await addListEntry(viewer.id, id, input.soundtrackId, input.entryNote)) === "added";
    }
    const counted = added && fields.isPublic ? [input.soundtrackId!] : [];
    return {
      ok: true,
      message: added
        ? `Made “${fields.title}” with this soundtrack on it.`
        : `Made “${fields.title}”.`,
      data: { id, added },
      touched: writes.readerListChanged({ userId: viewer.id, soundtrackIds: counted }),
      values: { title: "", note: "", entryNote: "" },
    };
  },
);

/** Its title, note, ranking or visibility: a list made private leaves every count it was in. */
export const updateList = readerAction(
  { schema: z.object({ listId, ...listFields }), refused: M.signIn },
  async (input, { viewer }) => {
    const before = await getOwnListFacts(viewer.id, input.listId);
    const fields = toListFields(input);
    if (!before || !(await updateReaderList(viewer.id, input.listId, fields))) return GONE;
    // Public before or after: the count moves, or the page of lists holding each shows its new title.
    const counted = before.isPublic || fields.isPublic ? before.soundtrackIds : [];
    return {
      ok: true,
      message: "List saved.",
      touched: writes.readerListChanged({ userId: viewer.id, soundtrackIds: counted }),
    };
  },
);

/** The list and its entries, for good. */
export const deleteList = readerAction(
  { schema: z.object({ listId }), refused: M.signIn },
  async (input, { viewer }) => {
    const before = await getOwnListFacts(viewer.id, input.listId);
    if (!before || !(await deleteReaderList(viewer.id, input.listId))) return GONE;
    return {
      ok: true,
      message: "List deleted.",
      touched: writes.readerListChanged({
        userId: viewer.id,
        soundtrackIds: before.isPublic ? before.soundtrackIds : [],
      }),
    };
  },
);
