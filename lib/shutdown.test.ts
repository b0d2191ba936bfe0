import { describe, expect, it } from "vitest";
import { onClose, onShutdown, runCloseHooks, runShutdownHooks } from "./shutdown.mjs";

describe("stopping the server", () => {
  it("closes connections only when asked, after the shutdown hooks, each even if another fails", async () => {
    const done: string[] = [];
    onShutdown(() => {
      throw new Error("a hook that fails at once");
    });
    onShutdown(() => {
      done.push("newsletter chunk finished");
    });
    onClose(() => {
      throw new Error("already closed");
    });
    onClose(async () => {
      done.push("database closed");
    });

    await runShutdownHooks();
    expect(done).toEqual(["newsletter chunk finished"]);
    await runCloseHooks();
    expect(done).toEqual(["newsletter chunk finished", "database closed"]);
  });
});
