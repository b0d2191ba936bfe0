import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "..";
import { replicaLag } from "../replica.mjs";

/** How long the database may take to answer before the instance is reported down. */
export const HEALTH_DEADLINE_MS = 2_000;

export type DatabaseHealth = {
  /** The database this instance reads answered a query, and how long it took. */
  reachable: boolean;
  ms: number;
  /**
   * On an embedded replica: whether the primary answered, how far behind it may be, and how many
   * times it has synced since the instance started (null when that could not be read in time).
   */
  replica: { primaryReachable: boolean; lagMs: number | null; syncs: number | null } | null;
};

const late = (ms: number) =>
  new Promise<never>((_, fail) => setTimeout(() => fail(new Error("no answer")), ms).unref());

/** The instance's database, asked once, never for longer than HEALTH_DEADLINE_MS. */
export async function getDatabaseHealth(): Promise<DatabaseHealth> {
  const started = performance.now();
  const reachable = await Promise.race([getDb().run(sql`select 1`), late(HEALTH_DEADLINE_MS)]).then(
    () => true,
    () => false,
  );
  const ms = Math.round((performance.now() - started) * 10) / 10;
  const replica = reachable
    ? await Promise.race([replicaLag(), late(HEALTH_DEADLINE_MS)]).catch(() => ({
        primaryReachable: false,
        lagMs: null,
        syncs: null,
      }))
    : null;
  return { reachable, ms, replica };
}
