import { z } from "zod";
import { BAD_PAGE_LINK, cursorParam, type Direction } from "./keyset";

// The query strings of the moderation queue, the audit log and the Following page. Anything else in them is ignored;
// a value that is there but wrong gets a message of its own, never a 500.

export type SearchParams = Record<string, string | string[] | undefined>;
type Parsed<T> = { ok: true; query: T } | { ok: false; message: string };

/** A GET form sends an unchosen filter as an empty value: empty is the same as absent. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

const direction = { before: optional(cursorParam), after: optional(cursorParam) };
const pageNumber = optional(
  z
    .string({ error: "Give one page number." })
    .regex(/^[1-9]\d{0,5}$/, "Page numbers are whole numbers from 1.")
    .transform(Number),
);
const oneWay = (q: Direction) => !(q.before && q.after);

function parse<T>(schema: z.ZodType<T>, params: SearchParams): Parsed<T> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? BAD_PAGE_LINK };
}

const moderationQuery = z
  .object({
    view: optional(
      z.enum(["reported", "recent"], { error: "Choose the reported or the recent comments." }),
    ),
    page: pageNumber,
    ...direction,
  })
  .refine(oneWay, BAD_PAGE_LINK)
  .transform(({ view = "reported", page = 1, ...rest }) => ({ view, page, ...rest }));

export type ModerationQuery = z.output<typeof moderationQuery>;

export function parseModerationQuery(params: SearchParams): Parsed<ModerationQuery> {
  return parse(moderationQuery, params);
}

const pageOnly = z.object({ page: pageNumber });

export function parsePageParam(params: SearchParams): Parsed<number> {
  const parsed = parse(pageOnly, params);
  return parsed.ok ? { ok: true, query: parsed.query.page ?? 1 } : parsed;
}

const auditQuery = z
  .object({
    action: optional(
      z
        .string({ error: "Choose one action." })
        .max(60, "That is not an action the log knows.")
        .regex(/^[a-z]+(?:[.-][a-z]+)*$/, "That is not an action the log knows."),
    ),
    admin: optional(
      z
        .string({ error: "Choose one admin." })
        .regex(/^[a-z0-9_]{1,30}$/, "That is not an admin’s username."),
    ),
    ...direction,
  })
  .refine(oneWay, BAD_PAGE_LINK);

export type AuditQuery = z.output<typeof auditQuery>;

export function parseAuditQuery(params: SearchParams): Parsed<AuditQuery> {
  return parse(auditQuery, params);
}

const directionQuery = z.object(direction).refine(oneWay, BAD_PAGE_LINK);

/** A list paged by keyset and nothing else (the Following page): ?before= or ?after=. */
export function parseDirectionQuery(params: SearchParams): Parsed<Direction> {
  return parse(directionQuery, params);
}
