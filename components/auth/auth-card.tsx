export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      <p className="mt-2 text-soft">{intro}</p>
      <div className="mt-8 rounded-lg border border-stone-300 bg-white/60 p-6 shadow-sm dark:border-stone-700 dark:bg-stone-900/60">
        {children}
      </div>
    </div>
  );
}
