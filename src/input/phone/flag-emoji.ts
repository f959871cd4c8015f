// Whether this platform draws flag emoji (🇬🇧) as flags. Windows draws them as letter pairs ("GB"), Linux without a
// colour emoji font as two empty boxes: the picker then shows none. Measured, not read from the user agent: a flag is
// one glyph, clearly narrower than its two regional indicator letters drawn apart, while letter pairs and boxes are
// as wide joined as apart. Widths, not pixels: canvas read-back is noise under anti-fingerprinting protections.

/** 🇬🇧 from "GB": two regional indicator symbols. */
export function flagOf(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** Whether `measure` (the width of a text as drawn) shows a flag as one glyph. */
export function drawsFlags(measure: (text: string) => number): boolean {
  const joined = measure(flagOf('GB'));
  const apart = measure(flagOf('G')) + measure(flagOf('B'));
  return joined > 0 && joined < apart * 0.75;
}

let drawn: boolean | undefined;

/** Whether flags show as flags here; measured once per page. */
export function flagEmojiRenders(): boolean {
  if (drawn === undefined) {
    const context = document.createElement('canvas').getContext('2d');
    if (context) context.font = '32px sans-serif';
    drawn = !!context && drawsFlags((text) => context.measureText(text).width);
  }
  return drawn;
}
