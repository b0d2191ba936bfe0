// The site's HTTP server, in front of Next's request handler (server/start.mjs wires the two).
// Next believes a client's own X-Forwarded-* headers and reads a chunked body of any size; here,
// before Next sees a request, the headers say only what the socket and the operator's trusted
// proxies vouch for, every request gets an id, no body over the form limit is read, and no action
// Next would answer with a 500 (server/action-requests.mjs) reaches it.
import { randomUUID } from "node:crypto";
import { createServer, IncomingMessage } from "node:http";
import {
  CROSS_SITE_FORM,
  FORM_LIMIT_BYTES,
  FORM_TOO_LARGE,
  MALFORMED_REQUEST,
} from "../lib/request-limits.mjs";
import { forSharedCache } from "../lib/shared-cache.mjs";
import { forwardedClient } from "../lib/trusted-proxies.mjs";
import { isAction, isCrossSite, isUnreadable } from "./action-requests.mjs";

/** Each request's id, set on the request for the site's log lines and sent back with the answer. */
export const REQUEST_ID_HEADER = "x-request-id";

/** An id a trusted proxy already gave the request (nginx's $request_id, a load balancer's). */
const PROXY_REQUEST_ID = /^[\w.:@+=/-]{1,128}$/;

/** Only a trusted proxy says what was asked for; these come from nobody else. */
const FORWARDED_DETAILS = ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"];

const first = (value) => value?.split(",")[0]?.trim() || undefined;

/**
 * Rewrites what the request says about its caller: X-Forwarded-For becomes the caller's one
 * address (lib/trusted-proxies.mjs), X-Forwarded-Proto, -Host and -Port are kept (their first
 * entry) only from a trusted proxy, and headers no proxy of ours sets are dropped. Returns the
 * request's id.
 */
export function settleCallerHeaders(req, trust) {
  const headers = req.headers;
  const { address, viaProxy } = forwardedClient(
    req.socket.remoteAddress,
    headers["x-forwarded-for"],
    trust,
  );
  headers["x-forwarded-for"] = address;
  delete headers["forwarded"];
  delete headers["x-real-ip"];
  for (const name of FORWARDED_DETAILS) {
    const value = viaProxy ? first(headers[name]) : undefined;
    if (value) headers[name] = value;
    else delete headers[name];
  }
  if (!["http", "https"].includes(headers["x-forwarded-proto"])) {
    delete headers["x-forwarded-proto"];
  }
  const given = headers[REQUEST_ID_HEADER];
  const id = viaProxy && PROXY_REQUEST_ID.test(given ?? "") ? given : randomUUID();
  headers[REQUEST_ID_HEADER] = id;
  return id;
}

/** Set on the server once it is told to stop (see drain). */
const DRAINING = Symbol("draining");

/**
 * Settles what each answer says as it leaves. Next tells a shared cache to keep a page for a year
 * (`s-maxage=31536000`): true of its own cache, which writes invalidate, never of a proxy's, so
 * the answer says lib/shared-cache.mjs's window instead. Once the server is stopping, the
 * connection closes after the answer, so the proxy sends the next request elsewhere.
 */
function settleAnswer(server, res) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const value = this.getHeader("cache-control");
    if (value !== undefined) this.setHeader("cache-control", forSharedCache(value));
    if (server[DRAINING]) this.shouldKeepAlive = false;
    return writeHead.apply(this, args);
  };
  // An answer whose headers left before the stop began: its connection goes once it is idle.
  res.once("finish", () => server[DRAINING] && setImmediate(() => server.closeIdleConnections()));
}

/** How long the requests under way are given to finish before their connections are cut. */
export const DRAIN_MS = 10_000;

/**
 * Stops taking connections and closes the idle ones, lets the requests under way finish (each
 * connection closed once its answer is sent) along with `work`, and resolves when all are done;
 * after `limit` ms the connections left are cut.
 */
export async function drain(server, work = Promise.resolve(), limit = DRAIN_MS) {
  server[DRAINING] = true;
  const cut = setTimeout(() => server.closeAllConnections(), limit).unref();
  await Promise.all([new Promise((done) => server.close(() => done())), work]);
  clearTimeout(cut);
}

/** How long the rest of a refused body is read (and thrown away) before the connection is cut. */
const LINGER_MS = 10_000;
/** How long an idle connection is kept open for the client's next request. */
const KEEP_ALIVE_MS = 65_000;

/**
 * Answers with a plain message. A client still sending the body reads the answer only once it
 * has sent it, so the rest is read and thrown away (for LINGER_MS at most), as nginx does.
 */
function refuse(req, res, status, message) {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
  });
  res.end(message);
  if (req.complete) return;
  const cut = setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  req.once("end", () => clearTimeout(cut)).resume();
}

/** The body, or null once it is larger than `limit` (the rest is left to whoever reads on). */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return chunks.push(chunk);
      req.off("data", onData);
      resolve(null);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}

/** A request like `req` whose body is `body`, sent with its length, for Next to read. */
function withBody(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.httpVersion = req.httpVersion;
  copy.headers = { ...req.headers, "content-length": String(body.length) };
  delete copy.headers["transfer-encoding"];
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

/**
 * An http.Server that settles each request's caller headers and id, answers 413 to a body over
 * `bodyLimit` (declared by Content-Length, or counted as a chunked body arrives, which is read
 * whole before `handle` gets it), 403 to an action from another site and 400 to one whose body
 * cannot be read (an action's body is read whole first too), and passes everything else to
 * `handle(req, res)`.
 */
export function createSiteServer({ handle, trust, bodyLimit = FORM_LIMIT_BYTES, onError }) {
  const tooLarge = (req) => Number(req.headers["content-length"] ?? 0) > bodyLimit;

  async function serve(req, res) {
    try {
      const action = isAction(req);
      if (action && isCrossSite(req.headers)) return refuse(req, res, 403, CROSS_SITE_FORM);
      if (action || req.headers["transfer-encoding"]) {
        const body = await readBody(req, bodyLimit);
        if (body === null) return refuse(req, res, 413, FORM_TOO_LARGE);
        if (action && (await isUnreadable(req.headers["content-type"], body))) {
          return refuse(req, res, 400, MALFORMED_REQUEST);
        }
        req = withBody(req, body);
      }
      await handle(req, res);
    } catch (error) {
      if (req.socket.destroyed) return; // the client went away while sending
      onError?.(error, req);
      if (!res.headersSent) refuse(req, res, 500, "Internal Server Error");
      else res.destroy();
    }
  }

  /** Settles the caller and the id; false when the body is refused before it is read. */
  function admitted(req, res) {
    res.setHeader(REQUEST_ID_HEADER, settleCallerHeaders(req, trust));
    settleAnswer(server, res);
    if (!tooLarge(req)) return true;
    refuse(req, res, 413, FORM_TOO_LARGE);
    return false;
  }

  const server = createServer((req, res) => admitted(req, res) && serve(req, res));
  // A client or a proxy sends its next request on an idle connection until it is closed: closing
  // one first (Node's 5 s) races a request sent on it that moment, which then fails (ECONNRESET).
  // Held past the 60 s a proxy keeps its own idle connections to the site (nginx's default).
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  // `Expect: 100-continue`: a body too large is refused before the client sends it.
  server.on("checkContinue", (req, res) => {
    if (!admitted(req, res)) return;
    res.writeContinue();
    serve(req, res);
  });
  return server;
}
