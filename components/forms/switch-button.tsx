/** A form's submit button drawn as an on/off switch: pressed is the setting as saved. */
export function SwitchButton({
  pressed,
  pending,
  describedBy,
  children,
}: {
  pressed: boolean;
  pending: boolean;
  /** The id of what the setting does, said as it stands now. */
  describedBy?: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="submit"
      aria-pressed={pressed}
      aria-describedby={describedBy}
      aria-disabled={pending || undefined}
      className="group flex items-center gap-3 text-left text-sm aria-disabled:opacity-60"
    >
      <span
        aria-hidden="true"
        className="relative inline-flex h-6 w-10 shrink-0 rounded-full border border-stone-400 bg-stone-200 transition-colors group-aria-pressed:border-accent group-aria-pressed:bg-accent dark:border-stone-600 dark:bg-stone-800 dark:group-aria-pressed:border-night-accent dark:group-aria-pressed:bg-night-accent"
      >
        <span className="absolute top-0.5 left-0.5 size-4.5 rounded-full bg-white shadow transition-transform group-aria-pressed:translate-x-4 dark:bg-stone-300 dark:group-aria-pressed:bg-night" />
      </span>
      <span>{children}</span>
    </button>
  );
}
