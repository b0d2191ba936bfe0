"use client";

import Link from "next/link";
import { useViewer } from "@/components/viewer/use-viewer";
import { readerComparisonPath } from "@/lib/taste";

/**
 * On another reader's profile, for a signed-in reader: the way to the comparison of the two. The
 * profile is the same for everyone, so this is only known once the viewer has loaded.
 */
export function CompareWithYou({ handle, name }: { handle: string; name: string }) {
  const viewer = useViewer();
  if (!viewer || viewer.handle === handle) return null;
  return (
    <p className="mt-4">
      <Link
        href={readerComparisonPath(viewer.handle, handle)}
        className="link-accent font-semibold"
      >
        Compare your scores with {name}
      </Link>
    </p>
  );
}
