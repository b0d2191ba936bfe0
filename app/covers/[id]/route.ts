import { getCover } from "@/db/queries/cover-images";

/**
 * A cover stored in the database, as the type its bytes were found to be. Its address changes
 * with every upload (?v=, signed: see coverUrl), so browsers and caches may keep it for good, and
 * an old or made-up address is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const soundtrackId = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : null;
  const version = new URL(request.url).searchParams.get("v");
  const cover = soundtrackId === null ? undefined : await getCover(soundtrackId, version);
  if (!cover) {
    return new Response("No such cover.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  return new Response(new Uint8Array(cover.bytes), {
    headers: {
      "content-type": cover.contentType,
      "content-length": String(cover.bytes.byteLength),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
