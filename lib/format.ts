const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** Scores are stored in tenths: 85 -> "8.5". */
export function formatScore(tenths: number): string {
  return (tenths / 10).toFixed(1);
}

const names = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** "A", "A and B", "A, B and C". */
export function composerNames(composers: readonly { composer: { name: string } }[]): string {
  return names.format(composers.map((c) => c.composer.name));
}

/** "1,234": a count as the site writes it. */
export function formatNumber(n: number): string {
  return n.toLocaleString("en-GB");
}
