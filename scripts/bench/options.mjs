// The benchmark's command line: --cluster, --skip-lighthouse, --skip-newsletter,
// --newsletter-only, --writes-only, --rows <keys>, --profile, --help.
import { parseArgs } from "node:util";
import { USAGE } from "./config.mjs";

/**
 * The options in `argv`, or `exitCode` once the usage is printed: 0 for --help, 2 (with the
 * reason) for anything it does not take.
 */
export function readOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        cluster: { type: "boolean" },
        "skip-lighthouse": { type: "boolean" },
        "skip-newsletter": { type: "boolean" },
        "newsletter-only": { type: "boolean" },
        "writes-only": { type: "boolean" },
        rows: { type: "string" },
        profile: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    return { exitCode: 2 };
  }
  if (values.help) {
    console.log(USAGE);
    return { exitCode: 0 };
  }
  if (values["skip-newsletter"] && values["newsletter-only"]) {
    console.error(`--skip-newsletter and --newsletter-only leave nothing to measure.\n\n${USAGE}`);
    return { exitCode: 2 };
  }
  if (values["writes-only"] && values["newsletter-only"]) {
    console.error(`--writes-only and --newsletter-only cannot both be the only phase.\n\n${USAGE}`);
    return { exitCode: 2 };
  }
  const rows = values.rows
    ?.split(",")
    .map((key) => key.trim())
    .filter(Boolean);
  if (
    values.rows !== undefined &&
    (!rows.length || values.cluster || values["writes-only"] || values["newsletter-only"])
  ) {
    console.error(
      `--rows takes row keys (comma-separated), and no --cluster or other --…-only.\n\n${USAGE}`,
    );
    return { exitCode: 2 };
  }
  if (values.profile && (values.cluster || values["newsletter-only"] || values.rows)) {
    console.error(
      `--profile profiles one instance's writes: no --cluster, --newsletter-only or --rows.\n\n${USAGE}`,
    );
    return { exitCode: 2 };
  }
  return {
    options: {
      rows,
      profile: values.profile,
      cluster: values.cluster,
      skipLighthouse: values["skip-lighthouse"],
      skipNewsletter: values["skip-newsletter"],
      newsletterOnly: values["newsletter-only"],
      writesOnly: values["writes-only"],
    },
  };
}
