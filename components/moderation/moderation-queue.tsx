import type { ReactNode } from "react";
import { EmptyState } from "@/components/site/empty-state";
import type { QueueComment } from "@/db/queries/moderation";
import { BulkModeration } from "./bulk-moderation";
import { QueueRow } from "./queue-row";

const FORM_ID = "moderation-bulk";

type ModerationQueueProps = {
  comments: QueueComment[];
  /** The admin reading it, who is offered no way to ban themselves. */
  adminId: string;
  empty: { title: string; body: ReactNode };
};

/** A page of the queue: server-rendered rows, with the bar that acts on the ones ticked. */
export function ModerationQueue({ comments, adminId, empty }: ModerationQueueProps) {
  // The bar stays when an action empties the page, to say what the action did.
  return (
    <BulkModeration formId={FORM_ID} hasRows={comments.length > 0}>
      {comments.length === 0 ? (
        <EmptyState title={empty.title}>{empty.body}</EmptyState>
      ) : (
        <ol aria-label="Comments">
          {comments.map((comment) => (
            <QueueRow key={comment.id} comment={comment} formId={FORM_ID} adminId={adminId} />
          ))}
        </ol>
      )}
    </BulkModeration>
  );
}
