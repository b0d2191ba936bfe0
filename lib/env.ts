import { z } from "zod";
import { localAuthSecret } from "./auth/local-secret";
import { DEFAULT_DATABASE_URL } from "./database-url";

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
    SITE_URL: z.url().default("http://localhost:3000"),
    AUTH_SECRET: z.string().trim().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    AUTH_GOOGLE_ID: optional,
    AUTH_GOOGLE_SECRET: optional,
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(12, "ADMIN_PASSWORD must be at least 12 characters").optional(),
  })
  .refine((e) => e.APP_ENV !== "production" || e.AUTH_SECRET, {
    path: ["AUTH_SECRET"],
    message:
      "AUTH_SECRET is required when APP_ENV=production (generate one with `npx auth secret`)",
  })
  .refine((e) => Boolean(e.ADMIN_EMAIL) === Boolean(e.ADMIN_PASSWORD), {
    path: ["ADMIN_PASSWORD"],
    message: "ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither",
  });

export type Env = z.infer<typeof envSchema> & { AUTH_SECRET: string };

function readEnv(): Env {
  const raw = Object.fromEntries(
    Object.keys(envSchema.shape ?? {}).map((k) => [k, process.env[k] || undefined]),
  );
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return { ...parsed.data, AUTH_SECRET: parsed.data.AUTH_SECRET ?? localAuthSecret() };
}

export const env = readEnv();
