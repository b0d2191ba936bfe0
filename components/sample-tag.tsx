import { SAMPLE_NOTE } from "@/lib/site";

export function SampleTag() {
  return (
    <span
      className="rounded-full border border-stone-400 px-2 py-0.5 text-xs font-medium tracking-wide text-soft uppercase dark:border-stone-600"
      title={SAMPLE_NOTE}
    >
      Sample
    </span>
  );
}
