import type { Client, InStatement, TransactionMode } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { connect } from "./client";
import * as schema from "./schema";

// The query-plan tests run a piece of the app and read the plan SQLite chose for every statement
// it sent. The database has no ANALYZE statistics, so the plans do not depend on the row counts.

export type Plan = { sql: string; steps: string[] };

type Recorded = { sql: string; args: unknown[] };

/** The app's own client, recording what it is asked to run. */
function recording(client: Client, recorded: Recorded[]): Client {
  const note = (statement: InStatement) => {
    if (typeof statement === "string") recorded.push({ sql: statement, args: [] });
    else recorded.push({ sql: statement.sql, args: (statement.args ?? []) as unknown[] });
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "execute") {
        return (statement: InStatement) => {
          note(statement);
          return target.execute(statement);
        };
      }
      if (property === "batch") {
        return (statements: InStatement[], mode?: TransactionMode) => {
          statements.forEach(note);
          return target.batch(statements, mode);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Points the app's getDb() at the database at `url` through a client that records every
 * statement; `plansOf` runs a piece of the app and explains each statement it sent.
 */
export async function recordPlans(url: string) {
  const recorded: Recorded[] = [];
  (globalThis as unknown as { esDb: unknown }).esDb = drizzle(
    recording(connect(url).client, recorded),
    { schema },
  );
  // A connection of its own for EXPLAIN: explaining an INSERT … RETURNING leaves that statement
  // unfinished on its connection, which would fail the next transaction's COMMIT on the app's.
  const explainer = connect(url).client;
  const tables = await explainer.execute("SELECT name FROM sqlite_master WHERE type = 'table'");
  /** The app's own tables; a SCAN of anything else is of a subquery's few rows. */
  const baseTables = new Set(tables.rows.map((row) => String(row.name)));

  async function plansOf(run: () => Promise<unknown>): Promise<Plan[]> {
    recorded.length = 0;
    await run();
    const plans: Plan[] = [];
    for (const { sql, args } of recorded) {
      if (!/^\s*(select|insert|update|delete|with)/i.test(sql)) continue;
      const result = await explainer.execute({
        sql: `EXPLAIN QUERY PLAN ${sql}`,
        args: args as never,
      });
      plans.push({ sql, steps: result.rows.map((row) => String(row.detail)) });
    }
    return plans;
  }

  /** Whether a step reads one of the app's tables, or one of its indexes, from end to end. */
  const scansTable = (step: string) => baseTables.has(/^SCAN (\w+)/.exec(step)?.[1] ?? "");

  /**
   * The steps `isWalk` picks out, each with the start of its statement, for an assertion that
   * there are none; PRINT_PLANS=1 prints every plan.
   */
  function walksIn(plans: Plan[], isWalk: (step: string, sql: string) => boolean): string[] {
    if (process.env.PRINT_PLANS) {
      for (const plan of plans) console.log(`${plan.sql}\n  ${plan.steps.join("\n  ")}\n`);
    }
    return plans.flatMap(({ sql, steps }) =>
      steps
        .filter((step) => isWalk(step, sql))
        .map((step) => `${step}   ← ${sql.replace(/\s+/g, " ").slice(0, 160)}`),
    );
  }

  return { plansOf, scansTable, walksIn };
}
