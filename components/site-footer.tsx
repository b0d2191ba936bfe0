export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-300/70 dark:border-stone-700">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-soft sm:px-6">
        <p>Exploring Soundtracks — a new film score explored every week.</p>
        <p className="mt-1">
          Reviews marked “Sample” are fictional demo content: invented films and composers.
        </p>
      </div>
    </footer>
  );
}
