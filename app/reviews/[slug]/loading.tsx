export default function ReviewLoading() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6" aria-busy="true">
      <p role="status" className="sr-only">
        Loading the review…
      </p>
      <div className="animate-pulse motion-reduce:animate-none">
        <div className="h-4 w-32 rounded bg-stone-200 dark:bg-stone-800" />
        <div className="mt-4 h-10 w-3/4 rounded bg-stone-200 dark:bg-stone-800" />
        <div className="mt-6 space-y-3">
          <div className="h-4 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="h-4 w-5/6 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="h-4 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
        </div>
      </div>
    </div>
  );
}
