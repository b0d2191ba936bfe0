// The generator: a fresh database, the seed, then each kind of row in turn. Every phase draws
// from its own seeded stream, so the phases' order is what keeps two runs identical.
import { connect } from "@/db/client";
import { writeCatalogue } from "./catalogue";
import { writeComments } from "./comments";
import { benchCounts, type BenchDataOptions, type BenchDataResult } from "./constants";
import { fileOfUrl, removeDatabaseFiles } from "./database";
import { describeBenchData, recount } from "./facts";
import { writeFavourites } from "./favourites";
import { writeLikes } from "./likes";
import { writeReaders } from "./readers";
import { writeReports } from "./reports";
import { startRun } from "./run";
import { writeScores } from "./scores";
import { seedBenchDatabase } from "./seed";
import { writeSubscribers } from "./subscribers";

export async function generateBenchData(options: BenchDataOptions): Promise<BenchDataResult> {
  const started = performance.now();
  const { url, scale = 1 } = options;
  const counts = benchCounts(scale);
  removeDatabaseFiles(fileOfUrl(url));
  const connection = connect(url);
  const { client } = connection;
  const run = startRun(connection, counts, options.onProgress);
  try {
    const seeded = await seedBenchDatabase(run, url);
    const catalogue = await writeCatalogue(run, seeded);
    const readers = await writeReaders(run, seeded, catalogue);
    const scores = await writeScores(run, seeded, catalogue, readers);
    const comments = await writeComments(run, seeded, catalogue, readers, scores);
    await writeLikes(run, readers, comments);
    await writeReports(run, readers, comments);
    await writeFavourites(run, readers, scores);
    await writeSubscribers(run, readers);
    await recount(run);
    const where = { url, scale };
    const result = await describeBenchData(run, where, seeded.featured.reviewId, readers.ids[0]!);
    return { ...result, elapsedMs: performance.now() - started };
  } finally {
    client.close();
  }
}
