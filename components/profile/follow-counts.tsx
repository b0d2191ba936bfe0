const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** How many readers follow this one, and how many they follow. */
export function FollowCounts({ followers, following }: { followers: number; following: number }) {
  return (
    <p className="mt-2 text-sm text-soft" data-follow-counts>
      <span>{plural(followers, "follower", "followers")}</span>
      <span aria-hidden="true"> · </span>
      <span>{following.toLocaleString("en-GB")} following</span>
    </p>
  );
}
