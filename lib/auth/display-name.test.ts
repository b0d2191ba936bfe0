import { describe, expect, it } from "vitest";
import { nameSchema, signUpSchema } from "./account-rules";
import { cleanName, imitatesName, NAME_RULES, nameSkeleton } from "./display-name";

const problems = (name: string) =>
  nameSchema.safeParse(name).error?.issues.map((issue) => issue.message) ?? [];

describe("display names", () => {
  it("are stored in NFC, with runs of spaces made one", () => {
    // "A" + combining acute (NFD) becomes the one character "Á"; a no-break space a space.
    expect(nameSchema.parse("  A\u0301na\u00a0\u00a0 Lee ")).toBe("\u00c1na Lee");
    expect(nameSchema.parse("Zoë Ødegård")).toBe("Zoë Ødegård");
  });

  it.each([
    ["a NUL byte", "Ann\u0000a", NAME_RULES.control],
    ["a line break", "Ann\na", NAME_RULES.control],
    ["a tab", "Ann\ta", NAME_RULES.control],
    ["a DEL", "Ann\u007fa", NAME_RULES.control],
    ["a line separator", "Ann\u2028a", NAME_RULES.control],
    ["a right-to-left override", "Ann\u202ea", NAME_RULES.bidi],
    ["a left-to-right isolate", "\u2066Anna", NAME_RULES.bidi],
    ["a right-to-left mark", "Anna\u200f", NAME_RULES.bidi],
    ["a zero-width space", "An\u200bna", NAME_RULES.invisible],
    ["a zero-width joiner", "An\u200dna", NAME_RULES.invisible],
    ["a byte-order mark", "An\ufeffna", NAME_RULES.invisible],
    ["a soft hyphen", "An\u00adna", NAME_RULES.invisible],
    ["a Hangul filler", "Anna\u3164", NAME_RULES.invisible],
  ])("refuse %s", (_what, name, message) => {
    expect(problems(name)).toEqual([message]);
  });

  it.each([
    ["a family", "Sam \u{1F468}\u200D\u{1F469}\u200D\u{1F467}"],
    ["a coder with a skin tone", "\u{1F469}\u{1F3FD}\u200D\u{1F4BB} Priya"],
    ["the rainbow flag", "Alex \u{1F3F3}\uFE0F\u200D\u{1F308}"],
    ["two people holding hands", "\u{1F9D1}\u{1F3FF}\u200D\u{1F91D}\u200D\u{1F9D1}\u{1F3FB}"],
    ["the flag of Wales", "Dai \u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}"],
  ])("take emoji joined into one, such as %s", (_what, name) => {
    expect(problems(name)).toEqual([]);
    expect(nameSchema.parse(name)).toBe(name);
  });

  it.each([
    ["a joiner alone", "\u200D"],
    ["joiners alone", "\u200D\u200D\u200D"],
    ["a joiner after an emoji", "Sam \u{1F468}\u200D"],
    ["a joiner before an emoji", "Sam \u200D\u{1F468}"],
    ["a joiner between an emoji and a letter", "\u{1F468}\u200DSam"],
    ["tag letters without their flag", "Sam\u{E0067}\u{E0062}\u{E007F}"],
  ])("still refuse invisible characters: %s", (_what, name) => {
    expect(problems(name)).toEqual([NAME_RULES.invisible]);
  });

  it("say one thing when empty or too long", () => {
    expect(problems("   ")).toEqual([NAME_RULES.empty]);
    expect(problems("\u00a0")).toEqual([NAME_RULES.empty]);
    expect(problems("x".repeat(81))).toEqual([NAME_RULES.tooLong]);
  });

  it("are the same rules at sign-up", () => {
    const result = signUpSchema.safeParse({
      name: "Nul\u0000Name",
      handle: "nul_name",
      email: "nul@example.com",
      password: "long enough password",
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([NAME_RULES.control]);
  });
});

describe("passing for an editor", () => {
  const editors = ["Marta Vance"];

  it.each([
    "Marta Vance",
    "marta vance",
    "MARTA  VANCE",
    "MartaVance",
    "marta.vance",
    "Marta_Vance!",
    "Márta Vánce",
    "M4rta Vance",
    "Marta Vanc3",
    "Мarta Vance", // a Cyrillic М
    "Marta Vаnce", // a Cyrillic а
    "Ｍａｒｔａ Ｖａｎｃｅ", // full-width letters
  ])("refuses %j", (name) => {
    expect(imitatesName(name, editors)).toBe(true);
  });

  it("reads rn as m and I as l", () => {
    expect(nameSkeleton("rnarta")).toBe(nameSkeleton("marta"));
    expect(imitatesName("PauI Editor", ["Paul Editor"])).toBe(true);
  });

  it.each(["Marta Vancer", "Martin Vance", "Vance Marta", "Marta"])("allows %j", (name) => {
    expect(imitatesName(name, editors)).toBe(false);
  });

  it("never matches a name with no letters to an editor's", () => {
    expect(imitatesName("···", ["—"])).toBe(false);
  });
});

describe("a name from GitHub or Google", () => {
  it("loses what a reader would be refused, and is stored in NFC", () => {
    expect(cleanName("Ro\u0000s\u202ea\u200b Lu\u0301z\n")).toBe("Rosa L\u00faz");
    expect(cleanName("\u200b\u200b")).toBe("");
    // A family emoji stays whole; a stray joiner beside it goes.
    const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
    expect(cleanName(`Sam ${family}\u200D`)).toBe(`Sam ${family}`);
    expect(cleanName("y".repeat(90))).toHaveLength(NAME_RULES.maxLength);
  });
});
