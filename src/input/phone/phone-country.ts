// The phone country to start from, from the element's language and the browser's: SMS only, so the phone chunk's.

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
