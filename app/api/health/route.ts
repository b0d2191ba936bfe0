import { getDatabaseHealth } from "@/db/queries/health";
import { getBuildId } from "@/lib/build-id";

// Asked afresh every time: never built into a file at build time.
export const dynamic = "force-dynamic";

/**
 * For the proxy and load balancers: 200 while the instance can serve pages from its database,
 * 503 once it cannot. On a replica whose primary does not answer it still serves reads, so it
 * stays 200 and says "degraded".
 */
export async function GET() {
  const database = await getDatabaseHealth();
  const status = !database.reachable
    ? "down"
    : database.replica?.primaryReachable === false
      ? "degraded"
      : "ok";
  return Response.json(
    { status, build: getBuildId(), database },
    { status: status === "down" ? 503 : 200, headers: { "cache-control": "no-store" } },
  );
}
