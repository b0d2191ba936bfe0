// Load with autocannon, with exact percentiles: autocannon reports p50/p90/p97.5/p99 from a
// histogram but no p95, so every response time is recorded here and sorted.
import autocannon from "autocannon";

/** The nearest-rank percentile of sorted numbers (p in 0–100); NaN when there are none. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** p50, p95 and p99 of unsorted milliseconds. */
export function latencySummary(ms) {
  const sorted = Float64Array.from(ms).sort();
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** `total` split into `parts` near-equal whole numbers, none below 1. */
const split = (total, parts) =>
  Array.from({ length: parts }, (_, i) =>
    Math.max(1, Math.floor(total / parts) + (i < total % parts ? 1 : 0)),
  );

/**
 * Drives `path` on every base URL at once for `seconds`, the connections split between them (one
 * autocannon per base); with `nextPath`, each request asks for the path it returns instead (shared
 * by the bases, so that no path is asked twice while it has new ones). `onTick(elapsedMs)` is
 * called about once a second.
 * Resolves with requests/s over the run, p50/p95/p99 in ms, the count per status code, and
 * `errors`: non-2xx answers plus connection errors and timeouts.
 */
export async function measure({
  bases,
  path,
  nextPath,
  connections,
  seconds,
  headers = {},
  onTick,
}) {
  const times = [];
  const statuses = {};
  const started = performance.now();
  const ticker = onTick && setInterval(() => onTick(performance.now() - started), 250);
  try {
    const results = await Promise.all(
      split(connections, bases.length).map(
        (share, i) =>
          new Promise((resolve, reject) => {
            const url = new URL(path, bases[i]).href;
            const setupRequest = (request) => ({ ...request, path: nextPath() });
            const instance = autocannon(
              {
                url,
                connections: share,
                duration: seconds,
                headers,
                ...(nextPath && { requests: [{ setupRequest }] }),
              },
              (error, result) => (error ? reject(error) : resolve(result)),
            );
            instance.on("response", (_client, status, _bytes, ms) => {
              times.push(ms);
              statuses[status] = (statuses[status] ?? 0) + 1;
            });
          }),
      ),
    );
    const elapsed = Math.max(...results.map((r) => r.duration));
    const failed = results.reduce((sum, r) => sum + r.errors, 0); // includes timeouts
    const non2xx = Object.entries(statuses)
      .filter(([status]) => !status.startsWith("2"))
      .reduce((sum, [, n]) => sum + n, 0);
    return {
      requests: times.length,
      rps: times.length / elapsed,
      ...latencySummary(times),
      statuses,
      errors: non2xx + failed,
    };
  } finally {
    clearInterval(ticker);
  }
}
