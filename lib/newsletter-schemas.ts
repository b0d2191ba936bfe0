import { z } from "zod";

/** Said for an issue id the page could not have sent: a hidden field, so no field to highlight. */
export const UNKNOWN_ISSUE = "That newsletter could not be found. Reload the page.";

/** An issue on the dashboard's Newsletter page, as its pause, resume and cancel buttons send it. */
export const newsletterIssueSchema = z.object({
  issueId: z.coerce.number({ error: UNKNOWN_ISSUE }).int(UNKNOWN_ISSUE).positive(UNKNOWN_ISSUE),
});
