import { NextResponse, type NextRequest } from "next/server";
import { CROSS_SITE_FORM, MALFORMED_REQUEST } from "@/lib/action-state";
import { COMMENT_SORTS, type CommentSort, discussionHref } from "@/lib/comment-rules";
import { searchHrefFromQuery } from "@/lib/search-groups";

const REVIEW_PATH = /^\/reviews\/([^/]+)$/;
/**
 * RFC 8058's one-click unsubscribe, a route handler and never an action: a mail provider's
 * server POSTs it from anywhere, as url-encoded or multipart data, and its signed token is the proof.
 */
const ONE_CLICK_UNSUBSCRIBE = /^\/newsletter\/[^/]+\/unsubscribe$/;

/**
 * An address with broken percent-encoding ("/reviews/%E0%A4%A") would make the router throw while
 * decoding route params: it gets the not-found page instead. Old discussion links
 * (`?comments=oldest&show=40`) go to the discussion's own pages, and a search sent as a query string
 * (a search box without JavaScript) to the search's own page, which the cache can keep.
 */
const refuse = (status: number, message: string) =>
  new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

const isMultipart = (request: NextRequest) =>
  request.headers.get("content-type")?.startsWith("multipart/form-data") ?? false;

/** What Next reads as a server action: a POST from a script, or a form sent as multipart data. */
const isAction = (request: NextRequest) =>
  request.method === "POST" && (request.headers.has("next-action") || isMultipart(request));

/**
 * Next checks that an action comes from a page of this site (its Origin names the host the
 * request was sent to) and answers a 500 when it does not: it is refused here instead, as Next
 * would decide it. A request without an Origin (a hand-made one) carries no browser's cookies
 * unasked, and Next lets it through too.
 */
function crossSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
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
async function unreadable(request: NextRequest): Promise<boolean> {
  try {
    if (isMultipart(request)) {
      await request.formData();
      return false;
    }
    const body: unknown = JSON.parse(await request.text());
    return typeof body !== "object" || body === null;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // Bodies over the form limit never get here: the site's server answers them 413
  // (server/site-server.mjs).
  const oneClick = ONE_CLICK_UNSUBSCRIBE.test(pathname) && !request.headers.has("next-action");
  if (isAction(request) && !oneClick) {
    if (crossSite(request)) return refuse(403, CROSS_SITE_FORM);
    if (await unreadable(request)) return refuse(400, MALFORMED_REQUEST);
  }
  // Auth.js sends its errors to the sign-in page (auth/config.ts); its own error page, still at
  // this address, would say "Configuration" with a 500.
  if (pathname === "/api/auth/error") {
    return NextResponse.rewrite(new URL("/auth-error", request.url));
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    return NextResponse.rewrite(new URL("/not-found", request.url));
  }
  const review = REVIEW_PATH.exec(pathname);
  if (review && (searchParams.has("comments") || searchParams.has("show"))) {
    const asked = searchParams.get("comments");
    const sort = COMMENT_SORTS.find((s): s is CommentSort => s === asked) ?? "newest";
    return NextResponse.redirect(new URL(discussionHref(review[1]!, sort), request.url), 308);
  }
  if (pathname === "/search" && searchParams.has("q")) {
    return NextResponse.redirect(new URL(searchHrefFromQuery(searchParams), request.url), 307);
  }
  return NextResponse.next();
}

// Only the requests it is for: running it costs every other page view half a millisecond.
export const config = {
  matcher: [
    "/:encoded(.*%.*)",
    { source: "/reviews/:slug", has: [{ type: "query", key: "comments" }] },
    { source: "/reviews/:slug", has: [{ type: "query", key: "show" }] },
    { source: "/search", has: [{ type: "query", key: "q" }] },
    // Forms: server actions (fetch) and forms sent without JavaScript, the requests Next reads
    // as actions.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    {
      source: "/:path*",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
    "/api/auth/error",
  ],
};
