import { Agent, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/trusted-proxies.mjs";
import { createSiteServer, drain } from "./site-server.mjs";

let server: Server | undefined;
// A proxy's connections to the site are kept open between requests.
const agent = new Agent({ keepAlive: true });

afterEach(() => {
  server?.closeAllConnections();
  agent.destroy();
});

/** A site whose answers wait until `release` is called, streaming their first part first. */
async function slowSite({ streaming = false } = {}) {
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  let arrived = () => {};
  const arrival = new Promise<void>((done) => (arrived = done));
  server = createSiteServer({
    trust: parseTrustedProxies("loopback"),
    handle: async (_req, res) => {
      if (streaming) res.write("started, ");
      arrived();
      await released;
      res.end("finished");
    },
  });
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  return { port: (server.address() as AddressInfo).port, release, arrival };
}

function get(port: number) {
  return new Promise<{ status: number; text: string }>((done, fail) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: "/", agent }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => done({ status: res.statusCode!, text }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("stopping", () => {
  it("takes no new connection, finishes the request under way, then is done", async () => {
    const { port, release, arrival } = await slowSite();
    const inFlight = get(port);
    await arrival;
    let stopped = false;
    const stopping = drain(server!).then(() => (stopped = true));

    await expect(get(port).catch((error: NodeJS.ErrnoException) => error.code)).resolves.toBe(
      "ECONNREFUSED",
    );
    expect(stopped).toBe(false);

    release();
    expect(await inFlight).toEqual({ status: 200, text: "finished" });
    // The answered connection, kept alive by the proxy, is closed rather than waited on.
    await stopping;
    expect(stopped).toBe(true);
  });

  it("also closes a connection whose answer had begun before the stop", async () => {
    const { port, release, arrival } = await slowSite({ streaming: true });
    const inFlight = get(port);
    await arrival;
    const stopping = drain(server!);
    release();
    expect(await inFlight).toEqual({ status: 200, text: "started, finished" });
    await stopping;
  });

  it("cuts what is still under way once the time allowed has passed", async () => {
    const { port, arrival } = await slowSite();
    const inFlight = get(port).catch((error: NodeJS.ErrnoException) => error.code);
    await arrival;
    await drain(server!, Promise.resolve(), 50);
    expect(await inFlight).toBe("ECONNRESET");
  });
});
