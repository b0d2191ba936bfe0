"use client";

import { useEffect, useId, useState } from "react";
import { inputClass } from "@/components/forms/form-field";
import { MAX_TYPED_LENGTH } from "@/lib/compare-path";

export type Chosen = { slug: string; filmTitle: string };
type Suggestion = Chosen & { filmYear: number | null };

type ComboboxProps = {
  label: string;
  /** The form field: what was typed, which the server resolves when JavaScript is off. */
  name: string;
  initial?: Chosen;
  /** Text typed before, not chosen from the suggestions. */
  initialText?: string;
  required?: boolean;
  onChoose: (chosen: Chosen | null) => void;
};

/** Waits for a pause in typing before asking, so a word typed fast is one request. */
const TYPING_PAUSE_MS = 150;

function statusText(status: string, count: number): string {
  if (status === "loading") return "Searching…";
  if (status === "error") return "Suggestions are unavailable right now.";
  if (status === "done" && count === 0) return "No soundtrack on the site matches.";
  if (status === "done")
    return `${count} ${count === 1 ? "suggestion" : "suggestions"}: use the arrow keys to choose.`;
  return "";
}

/**
 * A text field that suggests live soundtracks as someone types (the ARIA combobox pattern):
 * arrow keys move through the suggestions, Enter or a click chooses, Escape closes.
 */
export function SoundtrackCombobox(props: ComboboxProps) {
  const { label, name, initial, initialText, required, onChoose } = props;
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(initial?.filmTitle ?? initialText ?? "");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "error">("idle");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosenTitle, setChosenTitle] = useState<string | null>(initial?.filmTitle ?? null);

  useEffect(() => {
    const typed = text.trim();
    if (!open || typed === "" || typed === chosenTitle) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus("loading");
      try {
        const response = await fetch(`/api/soundtracks?q=${encodeURIComponent(typed)}`, {
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { suggestions: Suggestion[] };
        setSuggestions(body.suggestions);
        setActive(body.suggestions.length > 0 ? 0 : -1);
        setStatus("done");
      } catch {
        if (!controller.signal.aborted) setStatus("error");
      }
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, open, chosenTitle]);

  function choose(suggestion: Suggestion) {
    setChosenTitle(suggestion.filmTitle);
    setText(suggestion.filmTitle);
    setOpen(false);
    setSuggestions([]);
    onChoose({ slug: suggestion.slug, filmTitle: suggestion.filmTitle });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % count);
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? count - 1 : i - 1));
    } else if (event.key === "Enter" && open && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const typed = text.trim();
  const showList = open && typed !== "" && typed !== chosenTitle && suggestions.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        maxLength={MAX_TYPED_LENGTH}
        required={required}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        className={inputClass}
        value={text}
        placeholder="Start typing a film’s title"
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          if (chosenTitle !== null) {
            setChosenTitle(null);
            onChoose(null);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`Soundtracks matching “${typed}”`}
        hidden={!showList}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-stone-300 bg-white py-1 text-base shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        {suggestions.map((s, i) => (
          <li
            key={s.slug}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-accent-soft dark:bg-stone-800" : ""}`}
            // Keeps the focus in the field, so the blur does not close the list before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(s)}
          >
            {s.filmTitle}
            {s.filmYear !== null && <span className="text-soft"> ({s.filmYear})</span>}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-soft">
        {open && typed !== "" && typed !== chosenTitle && statusText(status, suggestions.length)}
      </p>
    </div>
  );
}
