import type { ReactNode } from "react";

/** One part of the settings page: a heading, what it does, and its form. */
export function SettingsSection({
  id,
  title,
  intro,
  children,
  tone = "plain",
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  tone?: "plain" | "danger";
}) {
  const border =
    tone === "danger"
      ? "border-red-300 dark:border-red-900"
      : "border-stone-300 dark:border-stone-700";
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`rounded-lg border bg-white/60 p-5 shadow-sm sm:p-6 dark:bg-stone-900/60 ${border}`}
    >
      <h2 id={`${id}-heading`} className="font-serif text-xl font-semibold">
        {title}
      </h2>
      {intro && <div className="mt-1 space-y-2 text-sm text-soft">{intro}</div>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
