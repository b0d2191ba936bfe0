import Link from "next/link";
import { NotFoundPanel } from "@/components/site/not-found-panel";

export default function CompareNotFound() {
  return (
    <NotFoundPanel title="We couldn’t find that soundtrack">
      The soundtrack to compare with is not on the site, or not yet.{" "}
      <Link href="/compare" className="link-accent">
        Choose soundtracks to compare
      </Link>
      .
    </NotFoundPanel>
  );
}
