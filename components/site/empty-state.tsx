export function EmptyState({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-400 p-10 text-center dark:border-stone-600">
      <p className="font-serif text-xl font-semibold">{title}</p>
      <div className="mt-2 text-soft">{children}</div>
    </div>
  );
}
