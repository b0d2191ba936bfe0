"use server";

import { adminAction } from "@/auth/action";
import { commandIssue, type IssueCommand } from "@/db/queries/newsletter-issues";
import { ISSUE_COMMANDS, ISSUE_STATES } from "@/lib/newsletter";
import { newsletterIssueSchema, UNKNOWN_ISSUE } from "@/lib/newsletter-schemas";

// adminAction refuses anyone but an admin before the form is read; the data layer changes an
// issue only from the states the command applies to, and logs it in the same batch.

function issueAction(command: IssueCommand) {
  return adminAction(
    { schema: newsletterIssueSchema, invalid: UNKNOWN_ISSUE },
    async ({ issueId }, { viewer }) => {
      const result = await commandIssue(issueId, command, viewer.id);
      if (!result) {
        return { ok: false, code: "gone", message: "That newsletter is gone. Reload the page." };
      }
      const { changed, headline, state } = result;
      if (!changed) {
        return {
          ok: false,
          message: `“${headline}” ${ISSUE_STATES[state]}: ${ISSUE_COMMANDS[command].refused}`,
        };
      }
      return { ok: true, message: `“${headline}”: ${ISSUE_COMMANDS[command].done}` };
    },
  );
}

export const pauseNewsletter = issueAction("pause");
export const resumeNewsletter = issueAction("resume");
export const cancelNewsletter = issueAction("cancel");
