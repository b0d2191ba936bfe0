/**
 * Images in a review's body as `npm run reviews:export` writes them: each a file beside the
 * review's Markdown, `<slug>.image-<n>.<ext>`, which the body names where the site's own
 * `/images/<id>?v=…` address was; `npm run reviews:import` stores them again and puts the new
 * addresses back.
 */
import { imageExtension } from "@/lib/review-file";

/** An image stored by the site, as the body gives its address: its id and the time it was made. */
export type StoredImageAddress = { address: string; id: number; createdAt: Date };

const STORED = /^\/images\/(\d+)\?v=(\d+)-[\w-]+$/;
/** A body's image file as bodyImageFileName names it, at the end of a path. */
const IMAGE_FILE = /\.image-\d+\.[a-z]+$/;
/** A name of a file in the review's own folder: no folder, no address. */
const BESIDE = /^[\w.-]+$/;
/** A Markdown link's or image's destination, with no title: what the editor writes. */
const DESTINATION = /\]\(([^()\s]+)\)/g;

const destinations = (body: string) => [...body.matchAll(DESTINATION)].map((m) => m[1]!);

/** The site's images the body shows, each once, in the order it first shows them. */
export function storedImagesIn(body: string): StoredImageAddress[] {
  const found = new Map<string, StoredImageAddress>();
  for (const address of destinations(body)) {
    const match = STORED.exec(address);
    if (!match || found.has(address)) continue;
    found.set(address, { address, id: Number(match[1]), createdAt: new Date(Number(match[2])) });
  }
  return [...found.values()];
}

/** The image files beside it that an exported body names, each once, in order. */
export function imageFilesIn(body: string): string[] {
  const names = destinations(body).filter((name) => BESIDE.test(name) && IMAGE_FILE.test(name));
  return [...new Set(names)];
}

/** The body with each destination that `replacements` has a new one for replaced by it. */
export function replaceImageAddresses(body: string, replacements: Map<string, string>): string {
  return body.replace(DESTINATION, (whole, address: string) => {
    const replacement = replacements.get(address);
    return replacement === undefined ? whole : `](${replacement})`;
  });
}

/** The name of the body's `n`th image file beside the review's own: glass-onion.image-1.png. */
export function bodyImageFileName(slug: string, n: number, contentType: string): string {
  return `${slug}.image-${n}.${imageExtension(contentType)}`;
}

/** Whether a path names an image of a body as bodyImageFileName does, not a review. */
export function isBodyImageFileName(path: string): boolean {
  return IMAGE_FILE.test(path);
}
