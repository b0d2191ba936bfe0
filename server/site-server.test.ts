import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FORM_TOO_LARGE } from "@/lib/request-limits.mjs";
import { parseTrustedProxies } from "@/lib/trusted-proxies.mjs";
import { SHARED_CACHE_CONTROL } from "@/lib/shared-cache.mjs";
import { createSiteServer, REQUEST_ID_HEADER } from "./site-server.mjs";

/** What the handler behind the server (Next, in the site) was handed. */
type Seen = { headers: IncomingHttpHeaders; body: string };

const LIMIT = 64 * 1024;
let server: Server | undefined;
let seen: Seen[] = [];

afterEach(async () => {
  await new Promise((done) => server?.close(done));
  server = undefined;
  seen = [];
});

type Handle = Parameters<typeof createSiteServer>[0]["handle"];

const recordRequest: Handle = async (req, res) => {
  let body = "";
  for await (const chunk of req) body += chunk;
  seen.push({ headers: req.headers, body });
  res.end("handled");
};

async function start(setting?: string, handle: Handle = recordRequest): Promise<number> {
  server = createSiteServer({ trust: parseTrustedProxies(setting), bodyLimit: LIMIT, handle });
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  return (server.address() as AddressInfo).port;
}

type Sent = {
  headers?: Record<string, string>;
  /** Sent in pieces, without a Content-Length. */
  chunks?: Buffer[];
  body?: Buffer;
  /** The address the request leaves from (any of 127/8 is this machine). */
  from?: string;
};

function send(port: number, { headers = {}, chunks, body, from }: Sent = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; text: string }>(
    (done, fail) => {
      const req = httpRequest(
        { host: "127.0.0.1", port, method: "POST", path: "/", headers, localAddress: from },
        (res) => {
          let text = "";
          res.on("data", (c) => (text += c));
          res.on("end", () => done({ status: res.statusCode!, headers: res.headers, text }));
        },
      );
      req.on("error", fail);
      for (const chunk of chunks ?? []) req.write(chunk);
      req.end(body);
    },
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const forged = {
  "x-forwarded-for": "198.51.100.1",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "evil.example",
  "x-forwarded-port": "443",
  "x-real-ip": "198.51.100.2",
  forwarded: "for=198.51.100.3",
  [REQUEST_ID_HEADER]: "chosen-by-the-client",
};

describe("the caller, with no trusted proxy (the default)", () => {
  it("is the socket's address, and nothing a client says about itself reaches the site", async () => {
    const port = await start();
    const answer = await send(port, { headers: forged, from: "127.0.0.5" });
    expect(answer.text).toBe("handled");
    const [{ headers }] = seen as [Seen];
    expect(headers["x-forwarded-for"]).toBe("127.0.0.5");
    for (const name of ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip"]) {
      expect(headers[name], name).toBeUndefined();
    }
    expect(headers["forwarded"]).toBeUndefined();
    expect(headers[REQUEST_ID_HEADER]).toMatch(UUID);
    expect(answer.headers[REQUEST_ID_HEADER]).toBe(headers[REQUEST_ID_HEADER]);
  });

  it("gives every request an id of its own", async () => {
    const port = await start();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await send(port)).headers[REQUEST_ID_HEADER] as string);
    expect(ids.size).toBe(5);
  });
});

describe("the caller, behind a trusted proxy", () => {
  it("is the address the proxy forwarded, with the protocol, host and id it gave", async () => {
    const port = await start("loopback");
    const answer = await send(port, {
      headers: {
        ...forged,
        "x-forwarded-for": "6.6.6.6, 203.0.113.7",
        "x-forwarded-proto": "https, http",
        "x-forwarded-host": "reviews.example, inner.example",
        [REQUEST_ID_HEADER]: "nginx-4f2a9c",
      },
    });
    const [{ headers }] = seen as [Seen];
    expect(headers["x-forwarded-for"]).toBe("203.0.113.7");
    expect(headers["x-forwarded-proto"]).toBe("https");
    expect(headers["x-forwarded-host"]).toBe("reviews.example");
    expect(headers["x-forwarded-port"]).toBe("443");
    expect(headers["x-real-ip"]).toBeUndefined();
    expect(headers[REQUEST_ID_HEADER]).toBe("nginx-4f2a9c");
    expect(answer.headers[REQUEST_ID_HEADER]).toBe("nginx-4f2a9c");
  });

  it("believes only the proxies it names, and only sensible values from them", async () => {
    const port = await start("127.0.0.1");
    await send(port, { headers: forged, from: "127.0.0.5" });
    await send(port, {
      headers: { "x-forwarded-proto": "gopher", [REQUEST_ID_HEADER]: "has spaces\tand tabs" },
    });
    const [stranger, proxied] = seen as [Seen, Seen];
    expect(stranger.headers["x-forwarded-for"]).toBe("127.0.0.5");
    expect(stranger.headers["x-forwarded-proto"]).toBeUndefined();
    expect(proxied.headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(proxied.headers["x-forwarded-proto"]).toBeUndefined();
    expect(proxied.headers[REQUEST_ID_HEADER]).toMatch(UUID);
  });
});

describe("request bodies", () => {
  const kilobytes = (n: number) => Buffer.alloc(n * 1024, "x");

  it("over the limit are answered 413 however they are sent, and never handed on", async () => {
    const port = await start();
    const declared = await send(port, { body: kilobytes(65) });
    expect(declared.status).toBe(413);
    expect(declared.text).toBe(FORM_TOO_LARGE);
    expect(declared.headers[REQUEST_ID_HEADER]).toMatch(UUID);
    const chunked = await send(port, { chunks: Array(40).fill(kilobytes(4)) });
    expect(chunked.status).toBe(413);
    expect(chunked.text).toBe(FORM_TOO_LARGE);
    const continued = await send(port, {
      headers: { expect: "100-continue", "content-length": String(LIMIT + 1) },
      body: Buffer.alloc(LIMIT + 1),
    });
    expect(continued.status).toBe(413);
    expect(seen).toEqual([]);
  });

  it("within the limit reach the site whole, a chunked one with its length", async () => {
    const port = await start();
    const pieces = Array.from({ length: 15 }, (_, i) => Buffer.alloc(4 * 1024, String(i % 10)));
    expect((await send(port, { chunks: pieces })).status).toBe(200);
    expect((await send(port, { body: kilobytes(64) })).status).toBe(200);
    const [chunked, declared] = seen as [Seen, Seen];
    expect(chunked.body).toBe(Buffer.concat(pieces).toString());
    expect(chunked.headers["content-length"]).toBe(String(60 * 1024));
    expect(chunked.headers["transfer-encoding"]).toBeUndefined();
    expect(declared.body.length).toBe(64 * 1024);
  });
});

describe("idle connections", () => {
  it("stay open past the minute a proxy keeps its own, so a request sent on one is never cut", async () => {
    await start();
    // nginx keeps an idle connection to the site for 60 s: the site must not close it first.
    expect(server!.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(server!.headersTimeout).toBeGreaterThan(server!.keepAliveTimeout);
  });
});

describe("what a shared cache is told", () => {
  type How = "setHeader" | "appendHeader" | "flushHeaders";
  let port: number | undefined;
  let answer: { value: string; how: How };

  /** The Cache-Control that leaves when the site sets `value` the way `how` does. */
  async function sent(value: string, how: How) {
    answer = { value, how };
    port ??= await start(undefined, async (_req, res) => {
      if (answer.how === "appendHeader") res.appendHeader("cache-control", answer.value);
      else res.setHeader("cache-control", answer.value);
      if (answer.how === "flushHeaders") res.flushHeaders();
      res.end("page");
    });
    return (await send(port)).headers["cache-control"];
  }
  afterEach(() => (port = undefined));

  it("is the site's short window for a page Next would let it keep for a year", async () => {
    expect(await sent("s-maxage=31536000", "setHeader")).toBe(SHARED_CACHE_CONTROL);
    expect(await sent("s-maxage=31536000", "flushHeaders")).toBe(SHARED_CACHE_CONTROL);
    expect(await sent("s-maxage=60, stale-while-revalidate=3600", "appendHeader")).toBe(
      SHARED_CACHE_CONTROL,
    );
    expect(await sent("public, max-age=300", "setHeader")).toBe(SHARED_CACHE_CONTROL);
  });

  it("leaves private answers, answers never kept and immutable files as they are", async () => {
    for (const value of [
      "private, no-store",
      "private, no-cache, no-store, max-age=0, must-revalidate",
      "no-store",
      "public, max-age=31536000, immutable",
    ]) {
      expect(await sent(value, "setHeader")).toBe(value);
    }
  });
});
