// Composers: two-part names, unique by slug among the seed's composers too.
import { slugify } from "@/lib/slug";
import { NOW_S } from "./constants";
import { insertRows } from "./database";
import { int, pick, rngFor } from "./random";
import type { Run } from "./run";
import type { Seeded } from "./seed";
import { FIRST_NAMES, LAST_NAMES } from "./words";

const sortName = (name: string) => {
  const parts = name.split(" ");
  const last = parts.pop()!;
  return `${last}, ${parts.join(" ")}`;
};

/** Writes the composers; returns their names, the first at index 0. */
export async function writeComposers({ w, counts }: Run, seeded: Seeded): Promise<string[]> {
  const C = counts.composers;
  const names: string[] = [];
  const slugs: string[] = [];
  const rng = rngFor("composers");
  for (let i = 0; i < C; i++) {
    let name = "";
    let slug = "";
    for (let tries = 0; !slug || seeded.takenComposerSlugs.has(slug); tries++) {
      const first = pick(rng, FIRST_NAMES);
      const last = pick(rng, LAST_NAMES);
      const middle = tries >= 20 ? ` ${String.fromCharCode(65 + int(rng, 0, 25))}.` : "";
      name = `${first}${middle} ${last}`;
      slug = slugify(name);
    }
    seeded.takenComposerSlugs.add(slug);
    names.push(name);
    slugs.push(slug);
  }
  w.phase("composers", C);
  await insertRows(
    w,
    "composers",
    ["id", "slug", "name", "sort_name", "is_sample", "created_at"],
    C,
    (i, a) => {
      a.push(seeded.base.composer + i + 1, slugs[i]!, names[i]!, sortName(names[i]!), 0, NOW_S);
    },
  );
  return names;
}
