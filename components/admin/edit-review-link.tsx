import Link from "next/link";
import { quietButtonClass } from "@/components/forms/button-styles";

/** The way into the editor from a review's row, named after the review for screen readers. */
export function EditReviewLink({ reviewId, headline }: { reviewId: number; headline: string }) {
  return (
    <Link
      href={`/admin/reviews/${reviewId}`}
      aria-label={`Edit “${headline}”`}
      className={quietButtonClass}
    >
      Edit
    </Link>
  );
}
