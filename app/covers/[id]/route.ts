import { getCover } from "@/db/queries/cover-images";
import { imageId, storedImageResponse } from "@/lib/image-response";

/** A cover stored in the database, at the signed address the soundtrack holds (see coverUrl). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const soundtrackId = imageId((await params).id);
  const version = new URL(request.url).searchParams.get("v");
  const cover = soundtrackId === null ? undefined : await getCover(soundtrackId, version);
  return storedImageResponse(cover, "No such cover.");
}
