// The like count as every visitor sees it; the button (like-button.tsx) comes only for readers.

export function LikeCount({ id, likeCount }: { id?: string; likeCount: number }) {
  return (
    <span id={id} className="tabular-nums">
      {likeCount}
      <span className="sr-only">{likeCount === 1 ? " like" : " likes"}</span>
    </span>
  );
}

/** For visitors: the count alone, nothing to press. */
export function StaticLikes({ likeCount }: { likeCount: number }) {
  if (likeCount === 0) return null;
  return (
    <span className="inline-flex items-center gap-1.5 px-1.5 text-sm text-soft">
      <span aria-hidden="true">♥</span>
      <LikeCount likeCount={likeCount} />
    </span>
  );
}
