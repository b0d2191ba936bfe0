export const SITE_NAME = "Exploring Soundtracks";
export const SITE_DESCRIPTION =
  "A weekly series of long-form film soundtrack reviews, with every track listed.";
export const FEED_PATH = "/feed.xml";

/** What a "Sample" mark means, wherever a sample review or composer carries one. */
export const SAMPLE_NOTE = "Fictional demo content: the film and composer are invented";

/** The feed as a page's alternate, for `metadata.alternates.types`. */
export const FEED_ALTERNATE = { "application/rss+xml": [{ url: FEED_PATH, title: SITE_NAME }] };
