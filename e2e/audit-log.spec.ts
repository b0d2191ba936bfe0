import { AUDIT_ACTIONS, type AuditAction } from "../lib/audit-actions";
import { auditLog } from "../db/schema";
import { e2eDb } from "./database";
import { expect, test } from "./fixtures";

test("the audit log names every kind of entry in words, in the list and in its filter", async ({
  adminPage,
}) => {
  const run = Date.now().toString(36);
  const kinds = Object.keys(AUDIT_ACTIONS) as AuditAction[];
  await e2eDb()
    .insert(auditLog)
    .values(
      kinds.map((kind) => ({
        actorId: null,
        action: kind,
        targetType: "settings",
        targetId: "site",
        summary: `${kind} entry ${run}`,
        createdAt: new Date(),
      })),
    );

  await adminPage.goto("/admin/audit");
  const entries = adminPage.getByRole("list", { name: "Audit log entries" });
  const action = adminPage
    .getByRole("search", { name: "Filter the audit log" })
    .getByLabel("Action");
  const options = action.getByRole("option");
  for (const kind of kinds) {
    const entry = entries.getByRole("listitem").filter({ hasText: `${kind} entry ${run}` });
    await expect(entry).toContainText(AUDIT_ACTIONS[kind]);
    await expect(
      action.getByRole("option", { name: AUDIT_ACTIONS[kind], exact: true }),
    ).toHaveCount(1);
  }
  // No option is a key: each one reads as words.
  for (const label of await options.allTextContents()) expect(label).not.toMatch(/\w\.\w/);
});
