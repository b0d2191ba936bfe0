import { z } from "zod";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "./compare-path";

/** A soundtrack's slug in a request: the server's side of lib/compare-path.ts. */
export const slugSchema = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN);
