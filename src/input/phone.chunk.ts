// Phone entry helpers on top of libphonenumber-js, loaded only when connection="sms": the country list, formatting
// while typing, which country a typed +CC points to, an example number for the hint, and the country picker itself
// (./phone/), so that an email sign-in never downloads any of it.
import { adoptStyles, supportsAdoptingStyleSheets } from 'lit';
import type { CountryCode } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import { countryPickerStyles } from './phone/country-picker.styles.js';

export { CountryPicker } from './phone/country-picker.js';
export { flagEmojiRenders } from './phone/flag-emoji.js';
export { SmsCountries } from './phone/sms-countries.js';
export { PhoneEffects } from './phone/phone-effects.js';

const styled = new WeakSet<ShadowRoot>();

/**
 * Adds the picker's styles to the element's, as the element adds the later chunk's when it arrives (its #attach):
 * once per element, before the picker first renders.
 */
export function adoptPickerStyles(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, countryPickerStyles] : [countryPickerStyles]);
}

type PhoneLibrary = typeof import('libphonenumber-js/min');
let library: Promise<PhoneLibrary> | undefined;
/** libphonenumber-js, loaded once; a failed load (offline) is tried again on the next call. */
export const loadPhoneLibrary = () =>
  (library ??= import('libphonenumber-js/min').catch((error: unknown) => {
    library = undefined;
    throw error;
  }));

export interface Country {
  /** ISO 3166 alpha-2, e.g. "GB". */
  code: string;
  /** In the element's language ("Vereinigtes Königreich"), else the code. */
  name: string;
  /** In English, for people who search in English whatever the page's language. */
  englishName: string;
  /** Without the plus: "44". */
  callingCode: string;
  /** The country a shared calling code means first: the United States for +1, the United Kingdom for +44. */
  main: boolean;
}

const countriesByLang = new Map<string, Country[]>();

/** Every country libphonenumber-js knows, named in the element's language, sorted by that name. */
export function countryList(lib: PhoneLibrary, lang: string): Country[] {
  let countries = countriesByLang.get(lang);
  if (!countries) countriesByLang.set(lang, (countries = buildCountryList(lib, lang)));
  return countries;
}

/** The language as Intl takes it ("en_US" → en-US), then English; only English for what is no language tag. */
function intlLocales(lang: string): string[] {
  try {
    return [...Intl.getCanonicalLocales(lang.replace(/_/g, '-')), 'en'];
  } catch {
    return ['en'];
  }
}

function regionNames(locales: string[]): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames(locales, { type: 'region' });
  } catch {
    return undefined; // a browser without Intl.DisplayNames: the codes stand in
  }
}

function buildCountryList(lib: PhoneLibrary, lang: string): Country[] {
  const locales = intlLocales(lang);
  const names = regionNames(locales);
  const english = regionNames(['en']);
  const collator = new Intl.Collator(locales);
  return lib
    .getCountries()
    .map((code) => {
      const callingCode = lib.getCountryCallingCode(code);
      return {
        code,
        name: names?.of(code) ?? code,
        englishName: english?.of(code) ?? code,
        callingCode,
        main: mainCountry(lib, callingCode) === code,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The country listed first for a calling code in libphonenumber-js's metadata (as in Google's libphonenumber). */
function mainCountry(lib: PhoneLibrary, callingCode: string): string | undefined {
  // Not in the type declarations, but the library's own lookup (metadata.js) since its first versions; pinned in
  // package.json, and test/browser/phone-country.test.ts checks +1, +44 and +7.
  const metadata = new lib.Metadata() as unknown as { getCountryCodesForCallingCode(code: string): string[] | undefined };
  return metadata.getCountryCodesForCallingCode(callingCode)?.[0];
}

/** Formats while typing ("07911123456" → "07911 123456"). */
export function formatAsYouType(lib: PhoneLibrary, value: string, country: string): string {
  return new lib.AsYouType(country as CountryCode).input(value);
}

export function isCountry(lib: PhoneLibrary, code: string | null | undefined): code is CountryCode {
  return !!code && lib.isSupportedCountry(code);
}

/** The calling code of a typed international number once it is complete ("+44 79" → "44"; "+4" → undefined). */
function typedCallingCode(lib: PhoneLibrary, typed: string): { callingCode?: string; national: string } {
  const formatter = new lib.AsYouType();
  formatter.input(typed.trim());
  return { callingCode: formatter.getCallingCode(), national: formatter.getNumber()?.nationalNumber ?? '' };
}

const international = (typed: string) => typed.trim().startsWith('+');

/**
 * The country the picker moves to for what was typed, or undefined to stay: only a typed "+" number with a complete
 * calling code moves it. The current country stays while it has that code ("+1" keeps Canada, "+44" keeps Jersey),
 * else the code's main country is taken ("+44" → the United Kingdom, "+1" → the United States), however the rest of
 * the number was typed or pasted. Only to a country in `allowed` (the site's list, when it has one).
 */
export function countryOfTyped(lib: PhoneLibrary, typed: string, current: string, allowed: readonly string[] | null = null): string | undefined {
  if (!international(typed)) return undefined;
  const { callingCode } = typedCallingCode(lib, typed);
  if (!callingCode || (isCountry(lib, current) && lib.getCountryCallingCode(current) === callingCode)) return undefined;
  const main = mainCountry(lib, callingCode);
  if (!allowed || (main && allowed.includes(main))) return main;
  // The site texts only some countries: the first of them with this code ("+1" with Canada only), else stay.
  return allowed.find((code) => isCountry(lib, code) && lib.getCountryCallingCode(code) === callingCode);
}

/**
 * What was typed, for a newly chosen country: a "+" number takes the country's calling code and keeps its national
 * digits ("+1 201 555 0123" → "+44 201 555 0123"); a national number keeps its digits, formatted for the country.
 */
export function retypeForCountry(lib: PhoneLibrary, typed: string, country: string): string {
  if (!typed.trim()) return typed;
  if (!international(typed)) return formatAsYouType(lib, typed, country) || typed;
  const { callingCode, national } = typedCallingCode(lib, typed);
  const wanted = lib.getCountryCallingCode(country as CountryCode);
  return callingCode === wanted ? typed : formatAsYouType(lib, `+${wanted}${national}`, country);
}

/** A mobile number of the country as people there write it ("07400 123456" in the United Kingdom), or ''. */
export function exampleNumber(lib: PhoneLibrary, country: string): string {
  return lib.getExampleNumber(country as CountryCode, examples)?.formatNational() ?? '';
}
