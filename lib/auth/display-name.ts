/**
 * What a display name may hold, and when one passes for an editor's. Pure, so sign-up, the
 * settings page and their tests share it; the database is asked for the editors' names elsewhere.
 */

export const NAME_RULES = {
  maxLength: 80,
  empty: "Tell us your name.",
  tooLong: "Keep your name under 80 characters.",
  control: "Names can’t contain control characters such as line breaks or tabs.",
  bidi: "Names can’t contain characters that change the direction of the text.",
  invisible: "Names can’t contain invisible characters.",
  imitation: "That name is too close to an editor’s. Choose another.",
} as const;

// Controls (NUL and line breaks included), line and paragraph separators, lone surrogates.
const CONTROL = /[\p{Cc}\u2028\u2029\p{Cs}]/u;
// Embeddings, overrides, isolates and the marks that steer the direction of the text.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Zero-width and other invisible characters, including the "letters" that draw nothing.
const INVISIBLE =
  /[\u00ad\u034f\u115f\u1160\u180e\u200b-\u200d\u2060-\u2064\u2800\u3164\ufeff\uffa0\p{Cf}]/u;

// An emoji the zero-width joiner builds from others (a family, a coder with a skin tone, the
// rainbow flag), each part a pictograph with its skin tone or emoji-style selector; or the flag of
// England, Scotland or Wales (a black flag, tag letters, a cancel tag). Their joiners and tags
// draw something, so they are kept; anywhere else they are invisible characters, and refused.
const EMOJI_SEQUENCE =
  /\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]?(?:\u200D\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]?)+|\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]+\u{E007F}/gu;

/** The first rule a (trimmed) name breaks, as the message to show, or null when it is fine. */
export function nameProblem(name: string): string | null {
  const rest = name.replace(EMOJI_SEQUENCE, "");
  if (CONTROL.test(rest)) return NAME_RULES.control;
  if (BIDI.test(rest)) return NAME_RULES.bidi;
  if (INVISIBLE.test(rest)) return NAME_RULES.invisible;
  return null;
}

/** The stored form: NFC, with any run of spaces (no-break and wide ones too) made one space. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFC")
    .replace(/\p{Zs}+/gu, " ")
    .trim();
}

// Letters that look alike, folded to one Latin letter: Cyrillic and Greek lookalikes, digits.
const LOOKALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "l",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "l",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ϲ: "c",
  "0": "o",
  "1": "l",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
  i: "l",
  "|": "l",
  "@": "a",
  $: "s",
};

/**
 * What a name looks like once case, accents, spacing, punctuation and lookalike letters are set
 * aside: "Ädmin  N4me", "admin.name" and "АDMIN NAME" (a Cyrillic А) all read "admlnname".
 */
export function nameSkeleton(name: string): string {
  const folded = [...name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()]
    .map((c) => LOOKALIKES[c] ?? c)
    .join("");
  return folded
    .replace(/[^\p{L}\p{N}]/gu, "")
    .replace(/rn/g, "m")
    .replace(/vv/g, "w");
}

/** Whether the name passes for one of these (an editor's names, the account's own left out). */
export function imitatesName(name: string, others: readonly string[]): boolean {
  const skeleton = nameSkeleton(name);
  return skeleton !== "" && others.some((other) => nameSkeleton(other) === skeleton);
}

/**
 * A name from elsewhere (a GitHub or Google profile) made to follow the rules: the characters a
 * reader would be refused are dropped rather than refused, since nobody is there to ask.
 */
export function cleanName(name: string): string {
  const refused = `${CONTROL.source}|${BIDI.source}|${INVISIBLE.source}`;
  const pattern = new RegExp(`(${EMOJI_SEQUENCE.source})|${refused}`, "gu");
  const kept = name.replace(pattern, (_found, emoji?: string) => emoji ?? "");
  return normaliseName(kept).slice(0, NAME_RULES.maxLength);
}
