"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { primaryButtonClass } from "@/components/forms/button-styles";
import { comparePath, MAX_COMPARED, MIN_COMPARED } from "@/lib/compare-path";
import { type Chosen, SoundtrackCombobox } from "./soundtrack-combobox";

const ORDINALS = ["First", "Second", "Third", "Fourth"] as const;

/**
 * Two to four pickers in a plain GET form: without JavaScript the typed names go to /compare,
 * which finds the soundtracks; with it, soundtracks chosen from the suggestions lead straight to
 * the comparison's address.
 */
export function ComparePicker({
  initial = [],
  typed = [],
}: {
  initial?: Chosen[];
  /** What was typed into the plain form, to fix rather than type again. */
  typed?: string[];
}) {
  const router = useRouter();
  const [chosen, setChosen] = useState<(Chosen | null)[]>(() =>
    ORDINALS.slice(0, MAX_COMPARED).map((_, i) => initial[i] ?? null),
  );

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const typed = new FormData(event.currentTarget).getAll("pick").map((v) => String(v).trim());
    const filled = typed.flatMap((text, i) => (text === "" ? [] : [chosen[i] ?? null]));
    const slugs = filled.flatMap((c) => (c ? [c.slug] : []));
    // Anything typed but not chosen is left to the server to find and explain.
    if (slugs.length < filled.length || new Set(slugs).size < MIN_COMPARED) return;
    event.preventDefault();
    router.push(comparePath(slugs));
  }

  return (
    <form method="get" action="/compare" onSubmit={onSubmit} className="space-y-2">
      <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {ORDINALS.slice(0, MAX_COMPARED).map((ordinal, i) => (
          <SoundtrackCombobox
            key={ordinal}
            name="pick"
            label={i < MIN_COMPARED ? `${ordinal} soundtrack` : `${ordinal} soundtrack (optional)`}
            required={i < MIN_COMPARED}
            initial={initial[i]}
            initialText={typed[i]}
            onChoose={(choice) =>
              setChosen((list) => list.map((item, j) => (j === i ? choice : item)))
            }
          />
        ))}
      </div>
      <button type="submit" className={primaryButtonClass}>
        Compare
      </button>
    </form>
  );
}
