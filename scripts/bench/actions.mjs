// Talks to a running build over HTTP the way a browser does: signs a reader in through Auth.js's
// own endpoints, and calls a server action. The benchmark calls through node:http; the e2e tests
// send the same request through Playwright (e2e/actions.ts). Types in actions.d.mts.
import { readFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";

/**
 * The id of a server action in a build, from `<distDir>/server/server-reference-manifest.json`:
 * `file` is its source file relative to the project root ("app/reviews/[slug]/actions.ts").
 */
export function findActionId(distDir, file, exportedName) {
  const path = join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(path, "utf8"));
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.filename === file && entry.exportedName === exportedName) return id;
  }
  throw new Error(`${path} has no server action ${exportedName} from ${file}`);
}

const IDLE = { status: "idle", message: "" };

/**
 * The request React's encodeReply makes for `action(previous, formData)`: the form's fields as
 * `_1_<name>` (the FormData is reference 1), then field `0`, the arguments `[previous, "$K1"]`.
 * Field `0` must come last: the server decodes it as soon as it arrives, so the fields it refers
 * to have to be there already. (A FormData keeps that order; an object would put "0" first.)
 */
export function actionRequest({ actionId, fields, cookie, origin, previous = IDLE }) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of [value].flat()) body.append(`_1_${name}`, String(one));
  }
  body.append("0", JSON.stringify([previous, "$K1"]));
  const headers = {
    "next-action": actionId,
    accept: "text/x-component",
    ...(origin ? { origin } : {}),
    ...(cookie ? { cookie } : {}),
  };
  return { headers, body };
}

/** The ActionState in an action's answer: the RSC row `1:` (row 0 is Next's envelope). */
export function actionState(text) {
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  try {
    return row ? JSON.parse(row.slice(2)) : null;
  } catch {
    return null;
  }
}

/** A form of text fields as multipart/form-data, the way a browser posts it. */
function multipart(form) {
  const boundary = `----bench${Math.random().toString(16).slice(2)}`;
  const parts = [...form].map(
    ([name, value]) =>
      `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    bytes: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
  };
}

// node:http rather than fetch: the client shares the servers' two cores, and fetch cost it about
// 2.7 ms of CPU a write. Kept-alive sockets, as a browser keeps them.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs `bytes` to `url` with `headers`; resolves with the status and the whole answer's text. */
function post(url, headers, bytes, timeoutMs) {
  return new Promise((done, fail) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { ...headers, "content-length": bytes.length },
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => done({ status: response.statusCode ?? 0, text }));
        response.on("error", fail);
      },
    );
    request.on("error", fail);
    request.end(bytes);
  });
}

/**
 * Calls the action `actionId` as `action(previous, formData)`, posted to the page at `path` from
 * the site's own origin (actionRequest). Resolves with the HTTP status (0 when the request failed
 * or took over `timeoutMs`), the milliseconds until the whole answer was read, and the
 * ActionState ({ status, message, … }) or null.
 */
export async function callAction({
  base,
  path,
  actionId,
  fields,
  cookie,
  previous = IDLE,
  timeoutMs = 30_000,
}) {
  const origin = new URL(base).origin;
  const { headers, body } = actionRequest({ actionId, fields, cookie, origin, previous });
  const { type, bytes } = multipart(body);
  const started = performance.now();
  try {
    const { status, text } = await post(
      new URL(path, base),
      { ...headers, "content-type": type },
      bytes,
      timeoutMs,
    );
    return { status, ms: performance.now() - started, state: actionState(text) };
  } catch (error) {
    const reason =
      error?.name === "TimeoutError" || error?.name === "AbortError"
        ? `no whole answer within ${timeoutMs / 1000} s`
        : error instanceof Error
          ? error.message
          : String(error);
    return { status: 0, ms: performance.now() - started, state: null, error: reason };
  }
}

const pairs = (response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);

/**
 * Signs in with email and password (`/api/auth/csrf`, then `/api/auth/callback/credentials`) and
 * returns the Cookie header that carries the session. Throws when no session cookie comes back.
 */
export async function signIn({ base, email, password }) {
  const csrf = await fetch(new URL("/api/auth/csrf", base));
  const jar = pairs(csrf);
  const { csrfToken } = await csrf.json();
  const login = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  await login.body?.cancel();
  const session = pairs(login).filter((pair) => pair.includes("session-token"));
  if (session.length === 0) throw new Error(`Signing in as ${email} failed (${login.status})`);
  return session.join("; ");
}
