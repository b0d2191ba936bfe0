/** Says which parts of the address were left out, and why. */
export function ArchiveNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div
      role="status"
      className="mt-6 rounded-md border border-amber-700/50 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-300/40 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-semibold">Part of this address couldn’t be used:</p>
      <ul className="mt-1 list-disc pl-5">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
