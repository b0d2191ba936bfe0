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
