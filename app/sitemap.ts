import type { MetadataRoute } from "next";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { getSitemapComposers, getSitemapReviews } from "@/db/queries/feeds";
import { env } from "@/lib/env";
import { lastChanged } from "@/lib/review-feed";

// Cached like the pages, and regenerated with the lists of reviews.
export const revalidate = 60;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [reviews, composers] = await Promise.all([getSitemapReviews(), getSitemapComposers()]);
  await tagPage(reads.sitemap());
  const url = (path: string) => new URL(path, env.SITE_URL).href;
  const latest = reviews[0] ? lastChanged(reviews[0]) : undefined;
  return [
    // The home page and the archive's first page open on the newest review.
    { url: url("/"), lastModified: latest },
    { url: url("/reviews"), lastModified: latest },
    { url: url("/composers"), lastModified: latest },
    { url: url("/top-rated") },
    { url: url("/about") },
    ...reviews.map((review) => ({
      url: url(`/reviews/${review.slug}`),
      lastModified: lastChanged(review),
    })),
    ...composers.map((composer) => ({
      url: url(`/composers/${composer.slug}`),
      lastModified: composer.lastModified,
    })),
  ];
}
