// The command line: `npm run bench:data -- [--out data/bench.db] [--scale 1]` (see cli.ts).
import { Progress } from "../../progress";
import { UsageError } from "@/lib/command-line";
import { checkWritable, parseCliArgs, USAGE, type CliOptions } from "./cli";
import { BENCH_NOW, NOW_MS } from "./constants";
import { generateBenchData } from "./generate";
import { summary } from "./summary";

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    checkWritable(options.out);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (Date.now() < NOW_MS) {
    console.error(
      `Warning: this machine's clock is before ${BENCH_NOW.toISOString()}, so the reviews are not live yet.`,
    );
  }
  const progress = new Progress();
  try {
    const result = await generateBenchData({
      url: `file:${options.out}`,
      scale: options.scale,
      onProgress: (update) => progress.update(update),
    });
    progress.finish("Bench data ready");
    console.log(summary(result, options.out));
    return 0;
  } catch (error) {
    progress.log(
      `Generating the bench data failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
