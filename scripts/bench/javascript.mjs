// First-visit JavaScript: what a modern browser downloads for a page's <script src> tags, gzipped,
// against the floor every page pays (the build's rootMainFiles: what an empty page would load).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const GZIP_LEVEL = 9;
const gzipped = (bytes) => gzipSync(bytes, { level: GZIP_LEVEL }).length;

/** The src of every <script> a module-supporting browser runs (noModule ones are skipped). */
export function scriptSources(html) {
  const sources = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) sources.push(src.replaceAll("&amp;", "&"));
  }
  return [...new Set(sources)];
}

/** Gzipped bytes of each page's scripts, and of the floor; `limitBytes` above it is the target. */
export async function firstVisitJs({ base, distDir, pages, limitBytes }) {
  const manifest = JSON.parse(readFileSync(join(distDir, "build-manifest.json"), "utf8"));
  const floor = manifest.rootMainFiles.reduce(
    (sum, file) => sum + gzipped(readFileSync(join(distDir, file))),
    0,
  );
  const sizes = new Map(); // src -> gzipped bytes, each script fetched once
  const sizeOf = async (src) => {
    if (!sizes.has(src)) {
      const response = await fetch(new URL(src, base));
      if (!response.ok) throw new Error(`${src} answered ${response.status}`);
      sizes.set(src, gzipped(Buffer.from(await response.arrayBuffer())));
    }
    return sizes.get(src);
  };
  const rows = [];
  for (const { label, path } of pages) {
    const response = await fetch(new URL(path, base));
    if (!response.ok) {
      rows.push({ label, path, error: `HTTP ${response.status}` });
      continue;
    }
    const sources = scriptSources(await response.text());
    let total = 0;
    for (const src of sources) total += await sizeOf(src);
    rows.push({ label, path, scripts: sources.length, total, floor, above: total - floor });
  }
  return { gzipLevel: GZIP_LEVEL, floor, limitBytes, rows };
}
