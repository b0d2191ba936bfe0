import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { getFeedReviews } from "@/db/queries/feeds";
import { env } from "@/lib/env";
import { reviewFeed } from "@/lib/review-feed";

// Made once and cached like the pages: regenerated when a review is published or edited (by
// tag) or a minute after it was made, so a scheduled review joins the feed when its time comes.
export const dynamic = "force-static";
export const revalidate = 60;

const FEED_SIZE = 20;

export async function GET() {
  const reviews = await getFeedReviews(FEED_SIZE);
  await tagPage(reads.feed(reviews));
  return new Response(await reviewFeed(reviews, env.SITE_URL), {
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
  });
}
