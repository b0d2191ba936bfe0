// Types for cache/list-tag.mjs, plain JavaScript because the cache handler uses it too.
export const LIST_TAG: "reviews";
