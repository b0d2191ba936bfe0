import { NextResponse, type NextRequest } from "next/server";

/**
 * An address with broken percent-encoding ("/reviews/%E0%A4%A") would make the router throw while
 * decoding route params; send it to the not-found page instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/not-found", request.url));
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|api/|covers/|favicon.ico).*)"],
};
