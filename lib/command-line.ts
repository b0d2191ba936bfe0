import { parseArgs, type ParseArgsConfig } from "node:util";

/** A command line the command cannot take: said to the person, with the usage, never as a stack. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;
const HELP = { help: { type: "boolean", short: "h" } } as const;
type Config<O extends Options> = { options?: O; allowPositionals?: boolean; args?: string[] };

/**
 * What is wrong with a command line `parseArgs` refused, as a sentence for the person who typed
 * it (Node's own adds a hint about positionals that only confuses a mistyped option).
 */
function argumentProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch ((error as { code?: string }).code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unknown option ${quoted}.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      // Node names it "-o, --out <value>": the long name is the one a person knows it by.
      const named = quoted ?? message;
      return `${(/--[\w-]+/.exec(named) ?? /-\w/.exec(named))?.[0] ?? "That option"} needs a value.`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Unexpected argument ${quoted ?? ""}.`.replace(" .", ".");
    default:
      return message;
  }
}

/**
 * The command's options and arguments, with `--help` (`-h`) taken by every command; a mistake is
 * a UsageError that says what is wrong.
 */
export function readCommandLine<const O extends Options>(config: Config<O>) {
  try {
    return parseArgs({ ...config, options: { ...config.options, ...HELP } as O & typeof HELP });
  } catch (error) {
    throw new UsageError(argumentProblem(error));
  }
}

/**
 * The command line of a command run by a person, or the command ends: `--help` prints the usage
 * (status 0), a mistake prints what is wrong above the usage (`status`, 1 unless said).
 */
export function commandLine<const O extends Options>(config: Config<O>, usage: string, status = 1) {
  try {
    const line = readCommandLine(config);
    if ((line.values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return line;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
    process.exit(status);
  }
}
