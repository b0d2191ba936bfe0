import { NextResponse, type NextRequest } from "next/server";
import { MALFORMED_REQUEST } from "@/lib/action-state";
import { COMMENT_SORTS, type CommentSort, discussionHref } from "@/lib/comment-rules";
import { searchHrefFromQuery } from "@/lib/search-groups";

const REVIEW_PATH = /^\/reviews\/([^/]+)$/;

/**
 * An address with broken percent-encoding ("/reviews/%E0%A4%A") would make the router throw while
 * decoding route params: it gets the not-found page instead. Old discussion links
 * (`?comments=oldest&show=40`) go to the discussion's own pages, and a search sent as a query string
 * (a search box without JavaScript) to the search's own page, which the cache can keep.
 */
const refuse = (status: number, message: string) =>
  new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * The site's forms send their actions as multipart form data. Any other body reaches the action
 * wrapper (auth/action.ts), which answers an error state, unless React cannot even decode it into
 * arguments (a bare string, a number, not JSON): Next would answer that with a 500.
 */
async function undecodable(request: NextRequest): Promise<boolean> {
  if (!request.headers.has("next-action")) return false;
  if (request.headers.get("content-type")?.startsWith("multipart/form-data")) return false;
  try {
    const body: unknown = JSON.parse(await request.text());
    return typeof body !== "object" || body === null;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // Bodies over the form limit never get here: the site's server answers them 413
  // (server/site-server.mjs), whether they declare their length or come in chunks.
  if (request.method === "POST" && (await undecodable(request))) {
    return refuse(400, MALFORMED_REQUEST);
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
    // Forms: server actions (fetch) and forms sent without JavaScript.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    {
      source: "/:path*",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
    "/api/auth/error",
  ],
};
