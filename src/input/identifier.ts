// Helpers for what the person types: the phone country, the recipient shown back (the code field's are in
// code-entry.ts). The rules that decide what may be sent are the protocol's (protocol/identifiers.js), shared with
// the server.

/** Country from a BCP 47 tag ("en-GB" → "GB"; "he" → "IL" unless `likely` is false), for national numbers. */
export function regionOf(lang: string | undefined, { likely = true } = {}): string | undefined {
  const match = /^[a-z]{2,3}[-_]([A-Z]{2})\b/i.exec(lang ?? '');
  if (match) return match[1]!.toUpperCase();
  if (!likely || !lang) return undefined;
  try {
    // A bare language gets its likely country: "he" → IL, "ja" → JP, "de" → DE.
    return new Intl.Locale(lang).maximize().region;
  } catch {
    return undefined; // not a language tag
  }
}

/**
 * The default country for phone numbers: the region the element's language names ("en-GB"), else the browser's
 * when it speaks the same language ("en" with an en-GB browser → GB), else the language's likely country ("he" → IL),
 * else the browser's.
 */
export function defaultPhoneCountry(lang: string, browserLang: string | undefined): string | undefined {
  const sameLanguage = browserLang?.split(/[-_]/)[0]?.toLowerCase() === lang.split(/[-_]/)[0]?.toLowerCase();
  return (
    regionOf(lang, { likely: false }) ??
    (sameLanguage ? regionOf(browserLang, { likely: false }) : undefined) ??
    regionOf(lang) ??
    regionOf(browserLang)
  );
}

/** a•••@example.com, +44 ••• ••• •89: enough to recognise, not enough to harvest. */
export function maskRecipient(recipient: string): string {
  const at = recipient.lastIndexOf('@');
  if (at > 0) return `${recipient[0]}•••@${recipient.slice(at + 1)}`;
  if (recipient.length <= 4) return '•'.repeat(recipient.length);
  return `${recipient.slice(0, 3)}•••${recipient.slice(-2)}`;
}
