// Phone entry helpers on top of libphonenumber-js, loaded only when connection="sms".
import type { CountryCode } from 'libphonenumber-js/min';

type PhoneLibrary = typeof import('libphonenumber-js/min');
let library: Promise<PhoneLibrary> | undefined;
/** libphonenumber-js, loaded once; a failed load (offline) is tried again on the next call. */
export const loadPhoneLibrary = () =>
  (library ??= import('libphonenumber-js/min').catch((error: unknown) => {
    library = undefined;
    throw error;
  }));

export interface CountryOption {
  code: string;
  label: string;
}

/** 🇬🇧 from "GB": two regional indicator symbols. */
function flag(code: string): string {
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

const optionsByLang = new Map<string, CountryOption[]>();

/** Every country libphonenumber-js knows, named in the element's language, sorted by name. */
export function countryOptions(lib: PhoneLibrary, lang: string): CountryOption[] {
  let options = optionsByLang.get(lang);
  if (!options) optionsByLang.set(lang, (options = buildCountryOptions(lib, lang)));
  return options;
}

function buildCountryOptions(lib: PhoneLibrary, lang: string): CountryOption[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  return lib
    .getCountries()
    .map((code) => ({ code, name: names?.of(code) ?? code, calling: lib.getCountryCallingCode(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang))
    // The calling code is isolated left to right (LRI … PDI): in an Arabic or Hebrew name "(+44)" would read "(44+)". An
    // <option> holds only text, so the isolate characters stay in it rather than becoming a <bdi>.
    .map(({ code, name, calling }) => ({ code, label: `${flag(code)} ${name} (\u2066+${calling}\u2069)` }));
}

/** Formats while typing ("07911123456" → "07911 123456"), but only when the caret is at the end. */
export function formatAsYouType(lib: PhoneLibrary, value: string, country: string): string {
  return new lib.AsYouType(country as CountryCode).input(value);
}

export function isCountry(lib: PhoneLibrary, code: string | undefined): code is string {
  return !!code && lib.isSupportedCountry(code);
}
