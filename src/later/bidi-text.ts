// Right to left done right. Messages are plain text; inside them, what reads left to right (an address, a phone
// number, a host, a code, a number, an example) must keep its own order in a right-to-left sentence: "+44" must not
// turn into "44+", nor the full stop after "name@example.com" stick to the address. A message marks such a run with
// the Unicode isolates (FSI, LRI or RLI … PDI): isolateArguments() marks every value a message interpolates, and the
// locales mark their examples. bidiText() renders each marked run as a <bdi> element with its direction, as text,
// never HTML. In a message written in a right-to-left script it also isolates the unmarked runs of Latin letters and
// digits, so a page's own translation or override that marks nothing still reads right.
import { html } from 'lit';
import type { PasswordlessMessages } from '../i18n/messages.js';

const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';
/** A letter of a script written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and the rest up to U+08FF, and their presentation forms. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Latin letters and digits, with what joins them in an address or a number: "+44 7911 123456", "name@example.com". */
const LTR_RUN = /\+?[\p{Script=Latin}\d](?:[\p{Script=Latin}\d@.+\-_•:/ ]*[\p{Script=Latin}\d])?/gu;
const CONTROLS = /[\u2066-\u2069]/g;

type Direction = 'ltr' | 'rtl';

/** Every interpolating message, with its text values (addresses, numbers, hosts) marked as isolated runs. */
export function isolateArguments<M extends Partial<PasswordlessMessages>>(messages: M): M {
  const marked: Record<string, unknown> = { ...messages };
  for (const [key, format] of Object.entries(messages)) {
    if (typeof format !== 'function') continue;
    // Numbers stay numbers (a translation may choose its plural by them); bidiText isolates them where it matters.
    marked[key] = (...values: unknown[]) => (format as (...args: unknown[]) => string)(...values.map((value) => (typeof value === 'string' ? FSI + value + PDI : value)));
  }
  return marked as M;
}

/** A message as Lit renders it: plain text, with each isolated run a <bdi> element. */
export function bidiText(message: string | undefined): unknown {
  if (!message) return message;
  const runs = splitRuns(message);
  const rtl = runs.some((run) => !run.dir && RTL_LETTER.test(run.text));
  if (runs.length === 1 && !runs[0]!.dir && !rtl) return message;
  return runs.flatMap(({ text, dir }) => (dir ? [isolated(text, dir)] : rtl ? isolateLatin(text) : [text]));
}

/** The message cut into plain text and marked runs; a run's own inner marks are dropped, a stray PDI too. */
function splitRuns(message: string): { text: string; dir?: Direction }[] {
  const runs: { text: string; dir?: Direction }[] = [];
  let depth = 0;
  let start = 0;
  let opener = '';
  const push = (end: number, dir?: Direction) => {
    const text = message.slice(start, end).replace(CONTROLS, '');
    if (text) runs.push({ text, dir });
  };
  for (let i = 0; i < message.length; i++) {
    const char = message[i]!;
    if (char === LRI || char === RLI || char === FSI) {
      if (depth++ > 0) continue;
      push(i);
      start = i + 1;
      opener = char;
    } else if (char === PDI && depth > 0 && --depth === 0) {
      push(i, directionOf(opener, message.slice(start, i)));
      start = i + 1;
    }
  }
  // An isolate still open at the end closes there, as it does in a paragraph.
  push(message.length, depth > 0 ? directionOf(opener, message.slice(start)) : undefined);
  return runs;
}

/** LRI and RLI say it; FSI takes the direction of the first letter (an Arabic name is right to left), else left to right. */
function directionOf(opener: string, text: string): Direction {
  if (opener !== FSI) return opener === RLI ? 'rtl' : 'ltr';
  return RTL_LETTER.test(/\p{L}/u.exec(text)?.[0] ?? '') ? 'rtl' : 'ltr';
}

function isolateLatin(text: string): unknown[] {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    parts.push(text.slice(last, match.index), isolated(match[0], 'ltr'));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((part) => part !== '');
}

const isolated = (text: string, dir: Direction) => html`<bdi dir=${dir}>${text}</bdi>`;
