import { z } from "zod";
import { MAX_SOUNDTRACK_SLUG_LENGTH, SLUG_PATTERN } from "./review-rules";

/** A soundtrack's slug in a request: the server's side of lib/compare-path.ts. */
export const slugSchema = z.string().max(MAX_SOUNDTRACK_SLUG_LENGTH).regex(SLUG_PATTERN);
