// Comments: their ids follow creation time across the site, as they would have, so parents always
// come first; each one's text is drawn from its own stream, about its review's soundtrack.
import { comments } from "@/db/schema";
import type { Catalogue } from "./catalogue";
import { insertRows, scalar } from "./database";
import { DELETED, drawDiscussions, EDITED, SPOILER, type Discussions } from "./discussions";
import { rngFor } from "./random";
import type { Readers } from "./readers";
import type { Run } from "./run";
import type { Scores } from "./scores";
import type { Seeded } from "./seed";
import type { TextContext } from "./sentences";
import { commentBody } from "./text";

export type Comments = Discussions & {
  /** order[pos] is the comment written pos-th; id[p] is comment p's id. */
  order: Uint32Array;
  id: Int32Array;
};

export async function writeComments(
  run: Run,
  seeded: Seeded,
  catalogue: Catalogue,
  readers: Readers,
  scores: Scores,
): Promise<Comments> {
  const { client, w } = run;
  const seededCount = seeded.soundtracks.length;
  const d = drawDiscussions(
    run,
    seeded,
    (k) => scores.popularity[seededCount + k]!,
    catalogue.publishedS,
  );
  const M = d.count;
  const order = new Uint32Array(M);
  for (let i = 0; i < M; i++) order[i] = i;
  order.sort((x, y) => d.time[x]! - d.time[y]! || x - y);
  const commentBase = await scalar(client, "SELECT coalesce(max(id), 0) FROM comments");
  const id = new Int32Array(M);
  order.forEach((p, pos) => (id[p] = commentBase + pos + 1));
  const { featured } = seeded;
  w.phase("comments", M);
  await insertRows(w, comments, M, (pos) => {
    const p = order[pos]!;
    const k = d.review[p]! - seeded.base.review - 1;
    const rng = rngFor("comment", p);
    const c: TextContext =
      k >= 0
        ? catalogue.textAbout(k, rng)
        : { rng, film: featured.film, composer: featured.composer, tracks: featured.tracks };
    const flags = d.flags[p]!;
    const parent = d.parent[p]!;
    return {
      id: id[p]!,
      reviewId: d.review[p]!,
      authorId: readers.ids[d.author[p]!]!,
      parentId: parent >= 0 ? id[parent]! : null,
      body: commentBody(c, parent >= 0),
      isSpoiler: flags & SPOILER,
      likeCount: 0,
      createdAt: d.time[p]!,
      editedAt: flags & EDITED ? d.edited[p]! : null,
      deletedAt: flags & DELETED ? d.deleted[p]! : null,
    };
  });
  return { ...d, order, id };
}
