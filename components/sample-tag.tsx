export function SampleTag() {
  return (
    <span
      className="rounded-full border border-stone-400 px-2 py-0.5 text-xs font-medium tracking-wide text-soft uppercase dark:border-stone-600"
      title="Fictional demo content: the film and composer are invented"
    >
      Sample
    </span>
  );
}
