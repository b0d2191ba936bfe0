import { formFields } from "@/lib/action-state";
import { editorSchema } from "@/lib/editor-schemas";
import type { EditorValues } from "@/lib/editor-values";
import { editorForm } from "@/lib/testing/editor-form";

// The editor's writes as its Save makes them, for the query tests; the queries are loaded when
// first used, after the test has opened its database.

/** The form's values as the editor's action parses them. */
const editorInput = (values: EditorValues, reviewId?: number) =>
  editorSchema.parse(formFields(editorForm(values, reviewId)));

/** A new draft written in the editor by `actorId`; its id. */
export async function createDraft(values: EditorValues, actorId: string): Promise<number> {
  const { createEditorReview } = await import("./queries/review-editor-save");
  return (await createEditorReview(editorInput(values), values, actorId)).reviewId;
}

/** The review saved in the editor by `actorId` with these values, over what is stored. */
export async function saveInEditor(reviewId: number, values: EditorValues, actorId: string) {
  const { saveEditorReview } = await import("./queries/review-editor-save");
  const { getEditorReview } = await import("./queries/review-editor");
  await saveEditorReview({
    review: (await getEditorReview(reviewId))!,
    input: editorInput(values, reviewId),
    snapshot: values,
    actorId,
    kind: "save",
  });
}
