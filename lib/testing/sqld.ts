import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSqld } from "@/scripts/sqld.mjs";

/** A port nobody listens on just now (the system's pick). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
      .once("error", fail)
      .listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => done(typeof address === "object" && address ? address.port : 0));
      });
  });
}

/**
 * A libSQL server (sqld, installed into tools/sqld like the cluster's) on a folder of its own,
 * and that folder for the replicas' files; `stop` ends the server, `crash` kills it at once (a
 * graceful stop waits for the replicas' open connections), `hang` stops it without closing
 * anything (it accepts connections and never answers) until `wake`, `restart` stops it and starts
 * it again on the same port and files, `remove` deletes the folder.
 */
export async function startTestSqld() {
  const dir = mkdtempSync(join(tmpdir(), "es-sqld-"));
  const port = await freePort();
  const start = () => startSqld({ port, dbPath: join(dir, "sqld"), log: () => {} });
  let sqld = await start();
  return {
    url: sqld.url,
    dir,
    stop: () => sqld.stop(),
    crash: () =>
      new Promise<void>((done) => {
        if (sqld.child.exitCode !== null || sqld.child.signalCode !== null) return done();
        sqld.child.once("exit", () => done());
        sqld.child.kill("SIGKILL");
      }),
    hang: () => sqld.child.kill("SIGSTOP"),
    wake: () => sqld.child.kill("SIGCONT"),
    restart: async () => {
      await sqld.stop();
      sqld = await start();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
