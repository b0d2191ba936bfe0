type Stored = { contentType: string; bytes: Buffer };

/** An id in a stored image's address: a positive integer, or nothing. */
export const imageId = (id: string) => (/^[1-9]\d{0,15}$/.test(id) ? Number(id) : null);

/**
 * A stored image as the type its bytes were found to be. Its address is signed and changes with
 * the image, so browsers and caches may keep it for good; an old or made-up address is a 404.
 */
export function storedImageResponse(image: Stored | undefined, missing: string): Response {
  if (!image) {
    return new Response(missing, {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "content-type": image.contentType,
      "content-length": String(image.bytes.byteLength),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
