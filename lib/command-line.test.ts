import { describe, expect, it } from "vitest";
import { readCommandLine, UsageError } from "./command-line";

describe("readCommandLine", () => {
  const options = { out: { type: "string", short: "o" }, publish: { type: "boolean" } } as const;
  const read = (...args: string[]) => readCommandLine({ options, allowPositionals: false, args });

  it("reads the command's options and takes --help and -h on every command", () => {
    expect(read("--out", "x", "--publish").values).toEqual({ out: "x", publish: true });
    expect(read("--help").values.help).toBe(true);
    expect(read("-h").values.help).toBe(true);
  });

  it.each([
    [["--pubilsh"], "Unknown option --pubilsh."],
    [["-x"], "Unknown option -x."],
    [["--out"], "--out needs a value."],
    [["-o"], "--out needs a value."],
    [["extra.md"], "Unexpected argument extra.md."],
  ])("says what is wrong with %j in a sentence, without Node's hint", (args, message) => {
    expect(() => read(...args)).toThrow(new UsageError(message));
  });
});
