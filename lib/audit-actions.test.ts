import { describe, expect, it } from "vitest";
import { actionLabel, AUDIT_ACTIONS } from "./audit-actions";

describe("the audit log's actions", () => {
  it("are named in words, each its own", () => {
    expect(actionLabel("review.published")).toBe("Published a review");
    expect(actionLabel("comment.hidden")).toBe("Hid a comment");
    expect(actionLabel("settings.saved")).toBe("Changed the site settings");
    const labels = Object.values(AUDIT_ACTIONS);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z]+ [a-z ]+$/);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("keep the key of one this build does not know, and never read the object's own keys", () => {
    expect(actionLabel("review.teleported")).toBe("review.teleported");
    expect(actionLabel("constructor")).toBe("constructor");
  });
});
