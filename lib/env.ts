import { z } from "zod";
import { localAuthSecret } from "./auth/local-secret";
import { ADMIN_MIN_PASSWORD_LENGTH } from "./auth/password-length";
import {
  DEFAULT_DATABASE_URL,
  DEFAULT_SYNC_INTERVAL,
  MAX_SYNC_INTERVAL,
  MIN_SYNC_INTERVAL,
} from "./database-url";

const optional = z.string().trim().min(1).optional();

const envSchema = z
  .object({
    APP_ENV: z.enum(["local", "production"]).default("local"),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^(file|libsql|wss?|https?):/, {
        message: "DATABASE_URL must start with file:, libsql:, ws:, wss:, http: or https:",
      })
      .default(DEFAULT_DATABASE_URL),
    DATABASE_AUTH_TOKEN: optional,
    /** The primary a DATABASE_URL file replicates (an embedded replica): see db/client.ts. */
    DATABASE_SYNC_URL: z
      .string()
      .trim()
      .regex(/^(libsql|wss?|https?):\/\/\S+$/, {
        message:
          "DATABASE_SYNC_URL must be the primary's URL, starting with libsql://, https:// or http://",
      })
      .optional(),
    /** Seconds between two syncs of the replica with its primary. */
    DATABASE_SYNC_INTERVAL: z.coerce
      .number({ message: "DATABASE_SYNC_INTERVAL must be a number of seconds, such as 0.5" })
      .min(MIN_SYNC_INTERVAL, `DATABASE_SYNC_INTERVAL must be at least ${MIN_SYNC_INTERVAL} s`)
      .max(MAX_SYNC_INTERVAL, `DATABASE_SYNC_INTERVAL can be at most ${MAX_SYNC_INTERVAL} s`)
      .default(DEFAULT_SYNC_INTERVAL),
    SITE_URL: z.url().optional(),
    AUTH_SECRET: z.string().trim().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    AUTH_GOOGLE_ID: optional,
    AUTH_GOOGLE_SECRET: optional,
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z
      .string()
      .min(
        ADMIN_MIN_PASSWORD_LENGTH,
        `ADMIN_PASSWORD must be at least ${ADMIN_MIN_PASSWORD_LENGTH} characters`,
      )
      .optional(),
    SMTP_URL: z
      .string()
      .trim()
      .regex(/^smtps?:\/\/\S+$/, { message: "SMTP_URL must look like smtp://user:pass@host:587" })
      .optional(),
    SMTP_HOST: optional,
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    SMTP_USER: optional,
    SMTP_PASS: optional,
    MAIL_FROM: optional,
    MAIL_OUTBOX_DIR: z.string().trim().min(1).default("data/outbox"),
    /** The newsletter's sending rate, in mails a second (jobs/newsletter-sender.ts). */
    NEWSLETTER_RATE: z.coerce
      .number({ message: "NEWSLETTER_RATE must be a number of mails a second" })
      .int("NEWSLETTER_RATE must be a whole number of mails a second")
      .min(1, "NEWSLETTER_RATE must be at least 1 mail a second")
      .max(10_000, "NEWSLETTER_RATE can be at most 10000 mails a second")
      .default(50),
    /** The build's folder (next.config.ts), where Next writes the build's id. */
    NEXT_DIST_DIR: z.string().trim().min(1).default(".next"),
  })
  .refine((e) => !e.DATABASE_SYNC_URL || e.DATABASE_URL.startsWith("file:"), {
    path: ["DATABASE_URL"],
    message:
      "With DATABASE_SYNC_URL, DATABASE_URL must be the replica's local file (file:data/replica.db)",
  })
  .refine((e) => e.APP_ENV !== "production" || e.AUTH_SECRET, {
    path: ["AUTH_SECRET"],
    message:
      "AUTH_SECRET is required when APP_ENV=production (generate one with `npx auth secret`)",
  })
  .refine((e) => e.APP_ENV !== "production" || e.SITE_URL, {
    path: ["SITE_URL"],
    message:
      "SITE_URL is required when APP_ENV=production: the links in mail and feeds are built from it",
  })
  .refine((e) => Boolean(e.ADMIN_EMAIL) === Boolean(e.ADMIN_PASSWORD), {
    path: ["ADMIN_PASSWORD"],
    message: "ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither",
  })
  .refine((e) => !(e.SMTP_URL && e.SMTP_HOST), {
    path: ["SMTP_HOST"],
    message: "Set SMTP_URL or SMTP_HOST (with SMTP_PORT, SMTP_USER, SMTP_PASS), not both",
  })
  .refine((e) => Boolean(e.SMTP_USER) === Boolean(e.SMTP_PASS), {
    path: ["SMTP_PASS"],
    message: "SMTP_USER and SMTP_PASS go together: set both or neither",
  });

/** Where a local site answers, unless SITE_URL says otherwise. */
const LOCAL_SITE_URL = "http://localhost:3000";

export type Env = z.infer<typeof envSchema> & {
  AUTH_SECRET: string;
  SITE_URL: string;
  /** Whether SITE_URL was set, not the local default: see lib/site-origin.ts. */
  SITE_URL_CONFIGURED: boolean;
};

function readEnv(): Env {
  const raw = Object.fromEntries(
    Object.keys(envSchema.shape ?? {}).map((k) => [k, process.env[k] || undefined]),
  );
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return {
    ...parsed.data,
    AUTH_SECRET: parsed.data.AUTH_SECRET ?? localAuthSecret(),
    SITE_URL: parsed.data.SITE_URL ?? LOCAL_SITE_URL,
    SITE_URL_CONFIGURED: parsed.data.SITE_URL !== undefined,
  };
}

export const env = readEnv();
