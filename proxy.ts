import { NextResponse, type NextRequest } from "next/server";
import { COMMENT_SORTS, type CommentSort, discussionHref } from "@/lib/comment-rules";
import { searchHrefFromQuery } from "@/lib/search-groups";

const REVIEW_PATH = /^\/reviews\/([^/]+)$/;

/**
 * An address with broken percent-encoding ("/reviews/%E0%A4%A") would make the router throw while
 * decoding route params: it gets the not-found page instead. Old discussion links
 * (`?comments=oldest&show=40`) go to the discussion's own pages, and a search sent as a query string
 * (a search box without JavaScript) to the search's own page, which the cache can keep. Forms Next
 * must not read are refused before they get here (server/action-requests.mjs).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
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
    "/api/auth/error",
  ],
};
