import { z } from "@/lib/zod";
import { asArray } from "@/lib/action-state";
import {
  ALT_REQUIRED,
  BODY_ALT_MISSING,
  hasImageWithoutAlt,
  MAX_ALT_LENGTH,
} from "@/lib/body-images";
import { parseDuration } from "@/lib/duration";
import { lineBreaks } from "@/lib/editor-values";
import { linkLabelSchema, linkUrlSchema } from "@/lib/link-schemas";
import { parseReleaseDate, RELEASE_DATE_PROBLEM } from "@/lib/release-date";
import * as rules from "@/lib/review-rules";

/** What the editor's actions check, on the server; lib/editor-values.ts is the form as typed. */

/** Said by every editor action to a caller who is not an admin (any more). */
export const SESSION_ENDED =
  "Your session has ended. What you typed is kept in this browser: sign in again to continue.";

export const PREVIEW_LINK_DAYS = { default: 7, max: 90 } as const;

const YEAR = `Give the film’s year, ${rules.FILM_YEARS}, or leave it blank.`;

/** A phrase of lib/review-rules.ts as the editor says it: "Keep it to 200 characters." */
const sentence = (phrase: string) => `${phrase[0]!.toUpperCase()}${phrase.slice(1)}.`;
const keepTo = (what: string, max: number) => sentence(rules.keepTo(what, max));

const BODY_TOO_LONG = keepTo("the review", rules.MAX_BODY_LENGTH);

const required = (message: string, max: number) =>
  z.string({ error: message }).trim().min(1, message).max(max, keepTo("it", max));
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, keepTo("it", max))
    .optional()
    .transform((v) => v || null);

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

export const reviewIdSchema = id("That review could not be found. Reload the page.");

const trackRowSchema = z.object({
  key: z.string().min(1).max(100),
  id: z.number().int().positive().nullable(),
  disc: z.coerce
    .number()
    .int()
    .min(1, "the disc is 1 or more")
    .max(rules.MAX_DISC, `the disc is ${rules.MAX_DISC} at most`),
  position: z.coerce
    .number({ error: "give its number" })
    .int("give its number as a whole number")
    .min(1, "its number is 1 or more")
    .max(rules.MAX_TRACK_POSITION, `its number is ${rules.MAX_TRACK_POSITION} at most`),
  title: z
    .string()
    .trim()
    .min(1, "give its title")
    .max(rules.MAX_TRACK_TITLE_LENGTH, rules.keepTo("its title", rules.MAX_TRACK_TITLE_LENGTH)),
  duration: z.string().transform((text, ctx) => {
    const seconds = parseDuration(text);
    if (seconds === null || seconds > rules.MAX_TRACK_SECONDS) {
      ctx.addIssue({ code: "custom", message: "give its length as minutes:seconds, like 3:45" });
      return z.NEVER;
    }
    return seconds;
  }),
});

const linkRowSchema = z.object({
  key: z.string().min(1).max(100),
  track: z.string().max(100),
  label: linkLabelSchema,
  url: linkUrlSchema,
});

/** A JSON list of rows, each checked on its own so that every message names its row. */
function jsonRows<T extends z.ZodType>(row: T, noun: string, max: number) {
  return z
    .string()
    .optional()
    .transform((json, ctx) => {
      let items: unknown;
      try {
        items = JSON.parse(json || "[]");
      } catch {
        items = null;
      }
      if (!Array.isArray(items) || items.length > max) {
        ctx.addIssue({ code: "custom", message: `Send at most ${max} ${noun}s, as a list.` });
        return z.NEVER;
      }
      const out: z.output<T>[] = [];
      items.forEach((item, i) => {
        const parsed = row.safeParse(item);
        if (parsed.success) out.push(parsed.data);
        const messages = parsed.error?.issues.map((issue) => issue.message) ?? [];
        for (const message of new Set(messages)) {
          ctx.addIssue({
            code: "custom",
            message: `${noun[0]!.toUpperCase()}${noun.slice(1)} ${i + 1}: ${message}.`,
          });
        }
      });
      return out;
    });
}

const composersSchema = z
  .preprocess(
    (value) => asArray(value).map((name) => (typeof name === "string" ? name.trim() : name)),
    z.array(
      z
        .string()
        .max(
          rules.MAX_COMPOSER_NAME_LENGTH,
          keepTo("each composer’s name", rules.MAX_COMPOSER_NAME_LENGTH),
        ),
    ),
  )
  .transform((names) => names.filter((name) => name !== ""))
  .superRefine((names, ctx) => {
    for (const problem of rules.composerProblems(names)) {
      const message = sentence(rules.describeComposerProblem(problem, (name) => `“${name}”`));
      ctx.addIssue({ code: "custom", message });
    }
  });

/** Every field of a review and its soundtrack, as Save sends them. */
export const editorSchema = z
  .object({
    reviewId: reviewIdSchema.optional(),
    filmTitle: required("Give the film’s title.", rules.MAX_FILM_TITLE_LENGTH),
    filmYear: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .pipe(
        z
          .number({ error: YEAR })
          .int(YEAR)
          .min(rules.FILM_YEAR_MIN, YEAR)
          .max(rules.FILM_YEAR_MAX, YEAR)
          .nullable(),
      ),
    composers: composersSchema,
    label: optional(rules.MAX_LABEL_LENGTH),
    albumReleaseDate: z
      .string()
      .optional()
      .transform((typed, ctx) => {
        const iso = parseReleaseDate(typed ?? "");
        if (iso === null) {
          ctx.addIssue({ code: "custom", message: RELEASE_DATE_PROBLEM });
          return z.NEVER;
        }
        return iso || null;
      }),
    coverAlt: optional(rules.MAX_COVER_ALT_LENGTH),
    headline: required("Give the review a headline.", rules.MAX_HEADLINE_LENGTH),
    slug: z
      .string({ error: "Give the review’s address." })
      .trim()
      .min(1, "Give the review’s address.")
      .max(rules.MAX_SLUG_LENGTH, keepTo("the address", rules.MAX_SLUG_LENGTH))
      .regex(rules.SLUG_PATTERN, sentence(rules.SLUG_RULE)),
    summary: z
      .string()
      .trim()
      .max(rules.MAX_SUMMARY_LENGTH, keepTo("the summary", rules.MAX_SUMMARY_LENGTH))
      .default("")
      .transform(lineBreaks),
    criticScore: z
      .string()
      .trim()
      .optional()
      .refine(
        (v) => !v || rules.SCORE_PATTERN.test(v),
        `Pick a score ${rules.SCORE_RANGE}, or none.`,
      )
      .transform((v) => (v ? rules.scoreTenths(v) : null)),
    body: z
      .string()
      .max(rules.MAX_BODY_LENGTH, BODY_TOO_LONG)
      .default("")
      .transform(lineBreaks)
      .refine((body) => !hasImageWithoutAlt(body), BODY_ALT_MISSING),
    tracks: jsonRows(trackRowSchema, "track", rules.MAX_TRACKS),
    links: jsonRows(linkRowSchema, "link", rules.MAX_LINKS),
  })
  .superRefine((input, ctx) => {
    const seen = new Map<string, number>();
    input.tracks.forEach((track, i) => {
      const place = `${track.disc}:${track.position}`;
      const first = seen.get(place);
      if (first === undefined) seen.set(place, i);
      else {
        ctx.addIssue({
          code: "custom",
          path: ["tracks"],
          message: `Tracks ${first + 1} and ${i + 1} are both number ${track.position} on disc ${track.disc}.`,
        });
      }
    });
    const keys = new Set(input.tracks.map((t) => t.key));
    input.links.forEach((link, i) => {
      if (link.track !== "" && !keys.has(link.track)) {
        ctx.addIssue({
          code: "custom",
          path: ["links"],
          message: `Link ${i + 1} is for a track no longer in the list: pick the album or another track.`,
        });
      }
    });
  });

export type EditorInput = z.output<typeof editorSchema>;

/** The body and the track titles, for the live preview. */
export const bodyPreviewSchema = z.object({
  body: z.string().max(rules.MAX_BODY_LENGTH, BODY_TOO_LONG).transform(lineBreaks),
  tracks: z
    .string()
    .optional()
    .transform((json, ctx) => {
      try {
        return z
          .array(
            z.object({
              disc: z.coerce.number().int(),
              position: z.coerce.number().int(),
              title: z.string(),
            }),
          )
          .max(rules.MAX_TRACKS)
          .parse(JSON.parse(json || "[]"));
      } catch {
        ctx.addIssue({ code: "custom", message: "The track list could not be read." });
        return z.NEVER;
      }
    }),
});

export const revisionSchema = z.object({
  reviewId: reviewIdSchema,
  revisionId: id("That version could not be found. Reload the page."),
});

const DAYS = `Give a number of days from 1 to ${PREVIEW_LINK_DAYS.max}.`;
export const previewLinkSchema = z.object({
  reviewId: reviewIdSchema,
  days: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : PREVIEW_LINK_DAYS.default))
    .pipe(z.number({ error: DAYS }).int(DAYS).min(1, DAYS).max(PREVIEW_LINK_DAYS.max, DAYS)),
});

export const revokePreviewLinkSchema = z.object({
  reviewId: reviewIdSchema,
  token: z.string().min(1).max(100),
});

/** The file itself is read from the form by the action; `cover` names its field for its errors. */
export const coverSchema = z.object({ reviewId: reviewIdSchema, cover: z.unknown().optional() });

/** An image for the body: the file is checked by its bytes (lib/image-sniff.ts), the alt here. */
export const bodyImageSchema = z.object({
  reviewId: reviewIdSchema,
  alt: z
    .string()
    .trim()
    .min(1, ALT_REQUIRED)
    .max(MAX_ALT_LENGTH, keepTo("the alt text", MAX_ALT_LENGTH)),
  image: z.unknown().optional(),
});
