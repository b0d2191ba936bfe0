export const SITE_NAME = "Exploring Soundtracks";
export const SITE_DESCRIPTION =
  "A weekly series of long-form film soundtrack reviews, with every track listed.";
export const FEED_PATH = "/feed.xml";

/** The feed as a page's alternate, for `metadata.alternates.types`. */
export const FEED_ALTERNATE = { "application/rss+xml": [{ url: FEED_PATH, title: SITE_NAME }] };
