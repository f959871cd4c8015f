// What the code field holds after an edit: typed, pasted, dropped, autofilled or filled by WebOTP. The field never
// holds more digits than the code has, and never guesses: a text with exactly one code in it gives that code; a
// text with none or several, or a digit typed past the last box, is refused (the field keeps what it held, nothing
// is sent).

/** What people put between a code's digits ("123 456", "123-456"), as the protocol's normaliseCode reads it. */
const SEPARATOR = String.raw`[\s\-\u2010-\u2015\u2212.]`;
/** A group of digits, maybe split by single separators: one code-shaped group when it has the code's length. */
const GROUP = new RegExp(String.raw`\d+(?:${SEPARATOR}\d+)*`, 'g');
/** Only digits and separators: typed or pasted digits, not a text (a message, a number with words around it). */
const DIGITS_ONLY = new RegExp(String.raw`^(?:\d|${SEPARATOR})*$`);
const ANY_DIGIT = /\p{Nd}/u;

/**
 * The text with every script's decimal digits as ASCII ones (Arabic-Indic ٣, Devanagari ३, full-width ３): phones
 * type codes in the keyboard's own digits. Unicode encodes each script's digits as ten code points in a row, 0 to 9.
 */
function asciiDigits(text: string): string {
  return text.normalize('NFKC').replace(/\p{Nd}/gu, (digit) => {
    const point = digit.codePointAt(0)!;
    let zero = point;
    while (ANY_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    return String((point - zero) % 10);
  });
}

/** The one code a text holds ("123 456", "Your code is 123456. It expires in 3 minutes."); null for none or several. */
export function codeIn(text: string, length: number): string | null {
  const groups = asciiDigits(text).match(GROUP) ?? [];
  const codes = new Set(groups.map((group) => group.replace(/\D/g, '')).filter((digits) => digits.length === length));
  return codes.size === 1 ? [...codes][0]! : null;
}

/** What an edit changed: the text it put in (where before and now differ) and how many characters it took out. */
function changeBetween(before: string, now: string): { inserted: string; removed: number } {
  let start = 0;
  while (start < before.length && start < now.length && before[start] === now[start]) start++;
  let end = 0;
  while (end < before.length - start && end < now.length - start && before.at(-1 - end) === now.at(-1 - end)) end++;
  return { inserted: now.slice(start, now.length - end), removed: before.length - start - end };
}

export interface CodeEdit {
  /** The field's value after the edit (the browser's, not yet cleaned). */
  value: string;
  /** What the field held before: digits only. */
  before: string;
  length: number;
  /** The code on screen was called wrong: it shows as selected, and what comes next replaces it all. */
  replacing: boolean;
  /** The edit deleted (Backspace, Delete, cut): the InputEvent's inputType says so. */
  deleting: boolean;
}

/** The digits the field holds after an edit, or null to refuse it. */
export function codeAfterEdit({ value, before, length, replacing, deleting }: CodeEdit): string | null {
  const now = asciiDigits(value);
  const { inserted, removed } = changeBetween(before, now);
  // A whole code arrived at once (pasted, autofilled, WebOTP, or found in a pasted message): it replaces the field.
  const whole = codeIn(inserted, length);
  if (whole) return whole;
  // A pasted text, not digits, with no single code in it: which number is the code is not ours to guess.
  if (inserted.length > 1 && !DIGITS_ONLY.test(inserted)) return null;
  if (replacing && deleting) return '';
  // Typed or pasted after a wrong code, with the selection lost (a click in the field): still a fresh start.
  const kept = replacing && removed === 0 && inserted ? inserted : now;
  const digits = kept.replace(/\D/g, '');
  return digits.length <= length ? digits : null;
}
