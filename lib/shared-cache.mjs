// Plain JavaScript: the site's HTTP server (server/) says this of every page it sends.
//
// The instances keep their pages until a write invalidates them by tag (cache/handler.mjs). A
// shared cache in front of them (deploy/nginx.conf) is never told of those writes, so it may keep
// a page only briefly: fresh for SHARED_FRESH_SECONDS, then served once more while it fetches
// the page again (stale-while-revalidate). A visitor behind it sees a comment or a publish at
// most SHARED_WINDOW_SECONDS after it is made; browsers always ask again (max-age=0).

export const SHARED_FRESH_SECONDS = 5;
export const SHARED_STALE_SECONDS = 5;
export const SHARED_WINDOW_SECONDS = SHARED_FRESH_SECONDS + SHARED_STALE_SECONDS;

export const SHARED_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_FRESH_SECONDS}, stale-while-revalidate=${SHARED_STALE_SECONDS}`;

const KEPT_AS_IS = /\b(private|no-store|no-cache|immutable)\b/i;
const LIFETIME = /\b(s-maxage|max-age)=/i;

/**
 * What a response's Cache-Control becomes for a shared cache: a page Next keeps until it is
 * invalidated (`s-maxage=31536000`, or any public lifetime) is held for the window above; private
 * answers, answers never to be kept and content-addressed files (`immutable`) are left as they are.
 */
export function forSharedCache(value) {
  if (value === undefined || KEPT_AS_IS.test(String(value))) return value;
  return LIFETIME.test(String(value)) ? SHARED_CACHE_CONTROL : value;
}
