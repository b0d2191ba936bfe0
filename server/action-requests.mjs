// Which requests Next reads as server actions, and which of them it must never be handed: the
// site's HTTP server (server/site-server.mjs) refuses those with a message, where Next would
// answer a 500, before Next (and its proxy) spends anything on them.

/**
 * RFC 8058's one-click unsubscribe, a route handler and never an action: a mail provider's
 * server POSTs it from anywhere, as url-encoded or multipart data, and its signed token is the proof.
 */
const ONE_CLICK_UNSUBSCRIBE = /^\/newsletter\/[^/]+\/unsubscribe$/;

const isMultipart = (contentType) => contentType?.startsWith("multipart/form-data") ?? false;

/** What Next reads as a server action: a POST from a script, or a form sent as multipart data. */
export function isAction({ method, url = "/", headers }) {
  if (method !== "POST") return false;
  if (headers["next-action"] !== undefined) return true;
  return isMultipart(headers["content-type"]) && !ONE_CLICK_UNSUBSCRIBE.test(url.split("?")[0]);
}

/**
 * Next checks that an action comes from a page of this site (its Origin names the host the
 * request was sent to) and answers a 500 when it does not. A request without an Origin (a
 * hand-made one) carries no browser's cookies unasked, and Next lets it through too. The
 * X-Forwarded-Host here is one a trusted proxy set (settleCallerHeaders), or none.
 */
export function isCrossSite(headers) {
  const origin = headers.origin;
  if (origin === undefined) return false;
  const host = headers["x-forwarded-host"] || headers.host;
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * The site's forms send their actions as multipart form data, which must parse: a truncated or
 * malformed body would make Next's parser throw ("Unexpected end of form"), a 500. Any other body
 * reaches the action wrapper (auth/action.ts), which answers an error state, unless React cannot
 * even decode it into arguments (a bare string, a number, not JSON): Next would answer that with
 * a 500 too.
 */
export async function isUnreadable(contentType, body) {
  try {
    if (isMultipart(contentType)) {
      await new Response(body, { headers: { "content-type": contentType } }).formData();
      return false;
    }
    const value = JSON.parse(body.toString("utf8"));
    return typeof value !== "object" || value === null;
  } catch {
    return true;
  }
}
