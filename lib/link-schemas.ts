import { z } from "@/lib/zod";
import { keepTo, MAX_LINK_LABEL_LENGTH } from "@/lib/review-rules";

/** A listening link's label and address, as the editor and a review file take them. */
export const linkLabelSchema = z
  .string({ error: "say what it is, like Bandcamp" })
  .trim()
  .min(1, "say what it is, like Bandcamp")
  .max(MAX_LINK_LABEL_LENGTH, keepTo("its label", MAX_LINK_LABEL_LENGTH));
export const linkUrlSchema = z
  .string({ error: "give a web address starting with https://" })
  .trim()
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: "give a web address starting with https://",
    }),
  );
