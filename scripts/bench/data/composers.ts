// Composers: two-part names, unique by slug among the seed's composers too.
import { composerRow, type ComposerRow } from "@/db/review-inserts";
import { composers as composersTable } from "@/db/schema";
import { NOW_S } from "./constants";
import { insertRows } from "./database";
import { int, pick, rngFor } from "./random";
import type { Run } from "./run";
import type { Seeded } from "./seed";
import { FIRST_NAMES, LAST_NAMES } from "./words";

/** Writes the composers; returns their names, the first at index 0. */
export async function writeComposers({ w, counts }: Run, seeded: Seeded): Promise<string[]> {
  const C = counts.composers;
  const composers: ComposerRow[] = [];
  const rng = rngFor("composers");
  for (let i = 0; i < C; i++) {
    let row: ComposerRow | undefined;
    for (let tries = 0; !row || seeded.takenComposerSlugs.has(row.slug); tries++) {
      const first = pick(rng, FIRST_NAMES);
      const last = pick(rng, LAST_NAMES);
      const middle = tries >= 20 ? ` ${String.fromCharCode(65 + int(rng, 0, 25))}.` : "";
      row = composerRow(`${first}${middle} ${last}`);
    }
    seeded.takenComposerSlugs.add(row.slug);
    composers.push(row);
  }
  w.phase("composers", C);
  await insertRows(w, composersTable, C, (i) => {
    const { slug, name, sortName } = composers[i]!;
    const id = seeded.base.composer + i + 1;
    return { id, slug, name, sortName, isSample: 0, createdAt: NOW_S };
  });
  return composers.map((c) => c.name);
}
