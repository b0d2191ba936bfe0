import { describe, expect, it } from "vitest";
import { AUTOSAVE_REVISION_MS, revisionWrite } from "./revision-rule";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 25, 12, 0, seconds));
const autosave = { kind: "autosave" as const, authorId: "ada", createdAt: at(0) };

describe("revisionWrite", () => {
  it("adds the first version of a history", () => {
    expect(revisionWrite(undefined, { kind: "autosave", actorId: "ada", now: at(0) })).toBe(
      "insert",
    );
  });

  it("keeps autosaves within a minute of the last autosaved version in it, however many", () => {
    for (const seconds of [1, 4, 30, 59]) {
      expect(revisionWrite(autosave, { kind: "autosave", actorId: "ada", now: at(seconds) })).toBe(
        "update",
      );
    }
  });

  it("adds a version once the autosaved one is a minute old", () => {
    const now = new Date(autosave.createdAt.getTime() + AUTOSAVE_REVISION_MS);
    expect(revisionWrite(autosave, { kind: "autosave", actorId: "ada", now })).toBe("insert");
  });

  it("never writes over another admin's version, a save or a restore", () => {
    const now = at(5);
    expect(revisionWrite(autosave, { kind: "autosave", actorId: "bob", now })).toBe("insert");
    for (const kind of ["save", "restore"] as const) {
      expect(revisionWrite({ ...autosave, kind }, { kind: "autosave", actorId: "ada", now })).toBe(
        "insert",
      );
    }
  });

  it("lets a Save take over the autosave of the last minute, but never a restore", () => {
    expect(revisionWrite(autosave, { kind: "save", actorId: "ada", now: at(2) })).toBe("update");
    expect(revisionWrite(autosave, { kind: "save", actorId: "ada", now: at(61) })).toBe("insert");
    expect(revisionWrite(autosave, { kind: "restore", actorId: "ada", now: at(2) })).toBe("insert");
  });

  it("starts a new version when the clock reads earlier than the last one", () => {
    expect(revisionWrite(autosave, { kind: "autosave", actorId: "ada", now: at(-5) })).toBe(
      "insert",
    );
  });
});
