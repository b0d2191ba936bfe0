"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteList } from "@/app/lists/list-actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { ConfirmForm } from "@/components/forms/confirm-form";
import { useAction } from "@/components/forms/use-action";

/** Deleting a list asks first; once done, the reader goes back to their lists. */
export function DeleteList({ listId, title }: { listId: number; title: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const action = useAction(deleteList, { onDone: () => router.push("/lists") });
  if (!asking) {
    return (
      <button type="button" className={quietButtonClass} onClick={() => setAsking(true)}>
        Delete this list…
      </button>
    );
  }
  return (
    <ConfirmForm
      action={action}
      question={<>Delete “{title}” and every note on it? This cannot be undone.</>}
      confirm={{ label: "Delete the list", pendingLabel: "Deleting…" }}
      keepLabel="Keep it"
      onKeep={() => setAsking(false)}
    >
      <input type="hidden" name="listId" value={listId} />
    </ConfirmForm>
  );
}
