// Types for cache/handler.mjs, which is plain JavaScript because Next loads it by itself.
export default class SharedTagsCacheHandler {
  constructor(options?: { maxMemoryCacheSize?: number });
  get(key: string, ctx: object): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, value: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: object): Promise<void>;
  resetRequestCache(): void;
}
