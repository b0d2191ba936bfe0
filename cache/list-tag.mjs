// Plain JavaScript because the cache handler, which Next loads by itself, imports it too.
/**
 * cache/tags.ts `tags.reviewList`: pages that list live reviews, or answer for one not yet live.
 * The cache handler also expires it when a scheduled review's time comes.
 */
export const LIST_TAG = "reviews";
