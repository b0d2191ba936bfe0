import { z } from "zod";
import { getComparingViewer } from "@/auth/viewer";
import { getScoreAmong } from "@/db/queries/taste";
import type { ReadersLikeYouScorePayload } from "@/lib/taste";
import { getClosestReaders } from "../closest-readers";

const PRIVATE = { "cache-control": "private, no-store" };
const soundtrackId = z.coerce.number().int().positive();

/**
 * What the signed-in reader's closest readers gave a soundtrack, for the line beside the scores
 * on its review (the page itself is the same for everyone): worked out for the caller only.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ soundtrack: string }> },
) {
  const id = soundtrackId.safeParse((await params).soundtrack);
  if (!id.success) {
    return Response.json({ error: "Not a soundtrack id." }, { status: 400, headers: PRIVATE });
  }
  const caller = await getComparingViewer();
  if (!caller) {
    return Response.json(
      { error: "Sign in to see what readers like you gave it." },
      { status: 401, headers: PRIVATE },
    );
  }
  const near = await getClosestReaders(caller.viewer.id);
  const score = await getScoreAmong(near, id.data);
  const payload: ReadersLikeYouScorePayload = caller.scoresPrivate
    ? { kind: "private" }
    : score.neighbours === 0
      ? { kind: "nobody" }
      : { kind: "found", ...score };
  return Response.json(payload, { headers: PRIVATE });
}
