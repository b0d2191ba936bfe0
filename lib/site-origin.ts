import { env } from "./env";
import { requestOrigin } from "./request-origin";

/**
 * Where the site's absolute links lead (a mail's links, a preview link): SITE_URL when it is set.
 * Without it, which only a local site may be (production requires it), the address the request
 * came to, as Auth.js's own links do: a site served at http://127.0.0.1:3850 links there, not to
 * the default's http://localhost:3000.
 */
export function linkOrigin(
  headers: Headers,
  siteUrl: string | undefined = env.SITE_URL_CONFIGURED ? env.SITE_URL : undefined,
): string {
  if (siteUrl) return siteUrl.replace(/\/+$/, "");
  return requestOrigin(headers, env.SITE_URL);
}
