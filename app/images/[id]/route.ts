import { getReviewImage } from "@/db/queries/review-images";
import { imageId, storedImageResponse } from "@/lib/image-response";

/** An image of a review's body, at the signed address the editor put in the Markdown. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = imageId((await params).id);
  const version = new URL(request.url).searchParams.get("v");
  const image = id === null ? undefined : await getReviewImage(id, version);
  return storedImageResponse(image, "No such image.");
}
