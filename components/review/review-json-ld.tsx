import { env } from "@/lib/env";
import { type JsonLdReview, type ReadersScore, reviewJsonLd, serializeJsonLd } from "@/lib/json-ld";

type ReviewJsonLdProps = { review: JsonLdReview; readers: ReadersScore };

/** The review as schema.org structured data, escaped so that no text in it can leave the script. */
export function ReviewJsonLd({ review, readers }: ReviewJsonLdProps) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{
        __html: serializeJsonLd(reviewJsonLd(review, readers, env.SITE_URL)),
      }}
    />
  );
}
