import { resolve } from "node:path";
import type { NextConfig } from "next";
import { DEFAULT_DATABASE_URL } from "./lib/database-url";
import { FORM_LIMIT_MB } from "./lib/request-limits.mjs";
import { headerRules } from "./lib/security-headers";

// The cache handler is loaded by Next outside the app's bundle and reads the database address
// from the environment; give it the same default the app uses.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;

const nextConfig: NextConfig = {
  serverExternalPackages: ["@libsql/client", "libsql"],
  poweredByHeader: false,
  // An ETag is a hash of the whole page computed on every request (a millisecond for a review);
  // the pages are cached by the server, not revalidated by browsers, so it buys nothing.
  generateEtags: false,
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Pages live in memory; tag invalidations are shared through the database (see the handler).
  cacheHandler: resolve("cache/handler.mjs"),
  // npm test type-checks the whole project (tsc) before the browser tests build the site; their
  // build need not do it a second time.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // The site's server answers a larger form 413 before Next reads it (Next itself would answer
  // 500): server/site-server.mjs.
  experimental: { serverActions: { bodySizeLimit: `${FORM_LIMIT_MB}mb` } },
  async headers() {
    return headerRules({
      dev: process.env.NODE_ENV === "development",
      siteUrl: process.env.SITE_URL,
    });
  },
};

export default nextConfig;
