/**
 * Characters that no feed, page or calendar can carry: XML 1.0 forbids the C0 controls (but tab,
 * line feed and carriage return), U+FFFE, U+FFFF and lone surrogate halves, and a reader drops a
 * whole Atom or RSS feed for one of them; the C1 controls and DELETE are allowed there but are
 * never text (a pasted terminal colour code, a stray byte read in the wrong encoding). The
 * validator refuses them in every text an incident file or the site config carries, naming the
 * character and where it is. One rule for every field: the frontmatter, the body and the config
 * each look for them once, over all their text. Pure; imports nothing.
 */

export const CONTROL_CHARACTER_RULE = 'control-character';

/** What the text should be instead, for the problem's `expected` line. */
export const CONTROL_CHARACTER_EXPECTED = 'the text without it: letters, punctuation, tabs and line breaks are fine';

// Unicode's controls (Cc: C0, DELETE, C1) but tab, line feed and carriage return (a line ending); a surrogate
// (Cs), which in a `u` pattern matches only one without its pair; and the two noncharacters XML forbids.
const CONTROL = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\ufffe\uffff]/gu;
/** The same, to ask only whether a text has one (most have none). */
const ANY_CONTROL = new RegExp(CONTROL.source, 'u');

/** A terminal's colour and cursor codes (CSI: ESC `[` … final byte): the whole code goes, not only its ESC. */
const TERMINAL_CODE = /\u001b\[[0-?]*[ -/]*[@-~]/g;

const NAMES: Record<number, string> = {
  0x00: 'null',
  0x07: 'bell',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
};

export interface ControlCharacter {
  /** Index of the first one in the text, in UTF-16 units. */
  index: number;
  /** The first one (a lone surrogate half is one unit). */
  char: string;
  /** How many the text has. */
  count: number;
}

/** The first control character of a text, and how many there are; undefined when there is none. */
export function findControlCharacter(text: string): ControlCharacter | undefined {
  if (!ANY_CONTROL.test(text)) return undefined;
  const all = [...text.matchAll(CONTROL)];
  if (all.length === 0) return undefined;
  return { index: all[0].index, char: all[0][0], count: all.length };
}

/** A numeric character reference, `&#5;` or `&#x1b;` (HTML also reads it without the `;`). */
const REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?/g;

function referencedCharacter(hex: string | undefined, decimal: string | undefined): string {
  const code = hex === undefined ? parseInt(decimal!, 10) : parseInt(hex, 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/**
 * The first control character of Markdown, raw or written as a numeric character reference (`&#5;`,
 * which the HTML in a message decodes into the character itself); undefined when there is none.
 */
export function findControlCharacterInMarkdown(text: string): (ControlCharacter & { writtenAs?: string }) | undefined {
  const raw = findControlCharacter(text);
  const toControl = ([, hex, decimal]: RegExpMatchArray) => findControlCharacter(referencedCharacter(hex, decimal));
  const references = text.includes('&#') ? [...text.matchAll(REFERENCE)].filter(toControl) : [];
  const count = (raw?.count ?? 0) + references.length;
  const [reference] = references;
  if (reference && (!raw || reference.index < raw.index)) {
    const char = referencedCharacter(reference[1], reference[2]);
    return { index: reference.index, char, count, writtenAs: reference[0] };
  }
  return raw && { ...raw, count };
}

/** The text as it should be: terminal colour codes, control characters and references to them taken out. */
export function withoutControlCharacters(text: string): string {
  const withoutReferences = text.replace(REFERENCE, (reference, hex?: string, decimal?: string) =>
    findControlCharacter(referencedCharacter(hex, decimal)) ? '' : reference,
  );
  return withoutReferences.replace(TERMINAL_CODE, '').replace(CONTROL, '');
}

/** `U+001B (escape)`: the code point and, where a person knows it by one, its name. */
export function describeCharacter(char: string): string {
  const code = char.charCodeAt(0);
  const point = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `${point} (half of a surrogate pair, alone: not a character)`;
  if (code === 0xfffe || code === 0xffff) return `${point} (a noncharacter)`;
  const name = NAMES[code];
  return name ? `${point} (${name})` : point;
}

/**
 * The problem's sentence: which text has which character, how it was written when that was not the
 * character itself (a YAML escape like `\x0b`), and how many more the text has.
 */
export function controlCharacterMessage(what: string, found: ControlCharacter, text: string, writtenAs?: string) {
  const spelled = writtenAs ? `, written ${writtenAs}` : '';
  const startsColourCode = found.char === '\u001b' && text[found.index + 1] === '[';
  const colourCode = startsColourCode ? ', the start of a terminal colour code' : '';
  const more = found.count > 1 ? ` (and ${found.count - 1} more)` : '';
  const which = `${describeCharacter(found.char)}${spelled}${colourCode}${more}`;
  return `${what} contains the control character ${which}; feeds, pages and calendars can't carry it`;
}

/** A string met while walking a plain value (the site config as the user wrote it), with its path. */
export interface TextAt {
  path: PropertyKey[];
  text: string;
}

/** Every string in a value made of objects, arrays and strings, depth first, with its path. */
export function stringsIn(value: unknown, path: PropertyKey[] = [], ancestors: readonly object[] = []): TextAt[] {
  if (typeof value === 'string') return [{ path, text: value }];
  // A value that contains itself is walked once.
  if (typeof value !== 'object' || value === null || ancestors.includes(value)) return [];
  const entries: [PropertyKey, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => stringsIn(item, [...path, key], [...ancestors, value]));
}
