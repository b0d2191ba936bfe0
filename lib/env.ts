import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(file|libsql|wss?|https?):/, {
      message: "DATABASE_URL must start with file:, libsql:, ws:, wss:, http: or https:",
    })
    .default("file:data/exploring-soundtracks.db"),
  DATABASE_AUTH_TOKEN: z.string().trim().min(1).optional(),
  SITE_URL: z.url().default("http://localhost:3000"),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    DATABASE_AUTH_TOKEN: process.env.DATABASE_AUTH_TOKEN || undefined,
    SITE_URL: process.env.SITE_URL || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();
