import { picksLabel } from "@/lib/scores";

/** Beside the title of the most picked track(s). */
export function ReadersFavouriteBadge() {
  return (
    <span className="ml-2 inline-block rounded-md bg-accent-soft px-2 py-0.5 align-middle text-xs font-semibold text-accent dark:bg-stone-800 dark:text-night-accent">
      <span aria-hidden="true">★ </span>Readers’ favourite
    </span>
  );
}

/** How many readers picked the track: the number on screen, a sentence for screen readers. */
export function PickCount({ count }: { count: number }) {
  return (
    <>
      <span aria-hidden="true" className={count === 0 ? "text-soft" : "font-semibold"}>
        {count}
      </span>
      <span className="sr-only">{picksLabel(count)}</span>
    </>
  );
}
