import Link from "next/link";
import { NotFoundPanel } from "@/components/not-found-panel";

export default function SearchNotFound() {
  return (
    <NotFoundPanel title="That page of search results doesn’t exist">
      A search link names a kind of result (reviews, films, composers or tracks) and a page from 1
      up to its last; this one asks for something else, or for a page past the last result.{" "}
      <Link href="/search" className="link-accent">
        Start a new search
      </Link>
      .
    </NotFoundPanel>
  );
}
