// Comment likes, in comment order: top-level comments and the long discussion draw more, deleted
// comments none, and nobody likes their own.
import { commentLikes } from "@/db/schema";
import { NOW_S } from "./constants";
import type { Comments } from "./comments";
import { insertRows } from "./database";
import { DELETED } from "./discussions";
import { allocate, distinctReaders, normal, rngFor } from "./random";
import type { Readers } from "./readers";
import type { Run } from "./run";

export async function writeLikes({ w, counts }: Run, readers: Readers, comments: Comments) {
  const R = counts.readers;
  const M = comments.count;
  const { order, flags, onFeatured, parent, time, author, id } = comments;
  const rng = rngFor("likes");
  const weights = new Float64Array(M);
  for (let pos = 0; pos < M; pos++) {
    const p = order[pos]!;
    if (flags[p]! & DELETED) continue;
    weights[pos] =
      Math.exp(1.1 * normal(rng)) * (onFeatured[p] ? 3 : 1) * (parent[p]! < 0 ? 1.5 : 1);
  }
  const cap = Math.floor(R / 2);
  const perComment = allocate(
    counts.commentLikes,
    weights,
    (pos) => (weights[pos]! > 0 ? cap : 0),
    rng,
  );
  const L = perComment.reduce((x, y) => x + y, 0);
  const likeComment = new Int32Array(L);
  const likeUser = new Int32Array(L);
  const likeTime = new Float64Array(L);
  const mark = new Int32Array(R);
  let n = 0;
  for (let pos = 0; pos < M; pos++) {
    const count = perComment[pos]!;
    if (count === 0) continue;
    const p = order[pos]!;
    const from = Math.ceil(time[p]! / 1000);
    for (const u of readers.byRank(distinctReaders(rng, R, count, mark, pos + 1, author[p]!))) {
      likeComment[n] = id[p]!;
      likeUser[n] = u;
      likeTime[n] = from + Math.floor((NOW_S - from) * Math.pow(rng(), 2));
      n++;
    }
  }
  w.phase("comment likes", L);
  await insertRows(w, commentLikes, L, (i) => ({
    commentId: likeComment[i]!,
    userId: readers.ids[likeUser[i]!]!,
    createdAt: likeTime[i]!,
  }));
}
