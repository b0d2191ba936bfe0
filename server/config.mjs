// The server's own settings, read and validated once, before Next loads: where it listens and
// whose forwarded headers it believes; and the log's settings, which the logger would otherwise
// refuse only once Next has loaded it. (The site's other settings are lib/env.ts's.)
import { z } from "zod";
import { logSettings } from "../lib/log-settings.mjs";
import { parseTrustedProxies } from "../lib/trusted-proxies.mjs";

const PORT_RANGE = "must be a port number from 0 to 65535";

const schema = z.object({
  PORT: z.coerce
    .number({ error: PORT_RANGE })
    .int(PORT_RANGE)
    .min(0, PORT_RANGE)
    .max(65535, PORT_RANGE)
    .default(3000),
  HOSTNAME: z.string().trim().min(1).optional(),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((text, ctx) => {
      try {
        return parseTrustedProxies(text);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error.message });
        return z.NEVER;
      }
    }),
});

/**
 * { port, hostname, trust } from the environment: PORT (3000), HOSTNAME (every interface when
 * unset) and TRUSTED_PROXIES (nobody). Throws an Error listing every value it cannot use,
 * LOG_FORMAT and LOG_LEVEL (lib/log-settings.mjs) among them.
 */
export function readServerConfig(env) {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k] || undefined]));
  const parsed = schema.safeParse(raw);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  try {
    logSettings(env, false);
  } catch (error) {
    problems.push(`  ${error.message}`);
  }
  if (problems.length > 0) {
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  const { PORT: port, HOSTNAME: hostname, TRUSTED_PROXIES: trust } = parsed.data;
  return { port, hostname, trust };
}
