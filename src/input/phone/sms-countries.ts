// Which countries the site texts: the `sms-countries` attribute (the page's own list) and, in backend mode, the
// server's `smsCountries` (the authority: the server refuses any other number, whatever the page says). With both,
// the countries in both, in the attribute's order; with one, that one; with neither, every country. A list that
// names no country the element knows allows none: an allow-list never falls open.
import { numberCountry, smsCountryAllowed } from '../../../protocol/sms-countries.js';
import { loginError, type LoginError } from '../../model.js';
import type { Country } from '../phone.chunk.js';

type PhoneLibrary = typeof import('libphonenumber-js/min');

/** What the `sms-countries` attribute or property holds: ISO 3166 alpha-2 codes, space- or comma-separated, any case. */
export type SmsCountriesValue = string | readonly string[] | null | undefined;

/** Codes people write for a country that are not its ISO 3166 alpha-2 code. */
const NOT_ISO: Record<string, string> = { UK: 'GB', EL: 'GR' };

export interface ParsedCountries {
  /** The known codes, upper case, once each, in the order given; null when the value names none at all (any country). */
  codes: string[] | null;
  /** What was given but is no country the phone library knows, as given. */
  unknown: string[];
}

/** Reads an `sms-countries` value: `"gb ie"`, `"GB, IE"`, `['GB', 'IE']`. */
export function parseSmsCountries(value: SmsCountriesValue, isCountry: (code: string) => boolean): ParsedCountries {
  const given = (typeof value === 'string' ? value.split(/[\s,;]+/) : [...(value ?? [])].map(String)).map((code) => code.trim()).filter(Boolean);
  if (!given.length) return { codes: null, unknown: [] };
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const code of given) {
    const upper = code.toUpperCase();
    if (!isCountry(upper)) unknown.push(code);
    else if (!codes.includes(upper)) codes.push(upper);
  }
  return { codes, unknown };
}

/** The developer hint for codes that are no country: ignored, and why. */
export function unknownCountriesHint(unknown: readonly string[]): string {
  // As the page wrote them, shortened: a console line, not a copy of whatever was put in the attribute.
  const named = unknown.slice(0, 8).map((code) => {
    const iso = NOT_ISO[code.toUpperCase()];
    return `${JSON.stringify(code.slice(0, 12))}${iso ? ` (the ISO 3166 code is ${iso})` : ''}`;
  });
  if (unknown.length > 8) named.push('…');
  return `sms-countries: ${named.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not an ISO 3166 alpha-2 country code the phone library knows, and ${unknown.length > 1 ? 'are' : 'is'} ignored.`;
}

/** The countries both lists allow (in the page's order), or the one list given, or null (any country). */
export function allowedCountries(page: readonly string[] | null, server: readonly string[] | null): readonly string[] | null {
  if (!server) return page;
  const upper = server.map((code) => code.toUpperCase());
  return page ? page.filter((code) => upper.includes(code)) : upper;
}

/**
 * One element's allow-list: its attribute read once per value (unknown codes reported once), the server's list once
 * asked, and the countries the picker offers (one array per list, so the picker's search index is built once).
 */
export class SmsCountries {
  readonly #isCountry: (code: string) => boolean;
  readonly #warn: (hint: string) => void;
  /** The attribute's value last read, as text (a framework may hand a new array of the same codes each render). */
  #value = '';
  #page: ParsedCountries = { codes: null, unknown: [] };
  /** The server's list once it answered (null: any country; undefined: not known, or no server). */
  #server: readonly string[] | null | undefined;
  /** The asking of the server's list, per transport (a new configuration builds a new transport). */
  #asked?: { source: object; answer: Promise<void> };
  #offered?: { countries: readonly Country[]; allowed: readonly string[] | null; offered: readonly Country[] };

  constructor(isCountry: (code: string) => boolean, warn: (hint: string) => void) {
    this.#isCountry = isCountry;
    this.#warn = warn;
  }

  /** The countries allowed now, for the attribute's current value; null for any. */
  allowed(value: SmsCountriesValue): readonly string[] | null {
    const text = typeof value === 'string' ? value : [...(value ?? [])].join(' ');
    if (text !== this.#value) {
      this.#value = text;
      this.#page = parseSmsCountries(value, this.#isCountry);
      if (this.#page.unknown.length) this.#warn(unknownCountriesHint(this.#page.unknown));
    }
    return allowedCountries(this.#page.codes, this.#server ?? null);
  }

  /**
   * Asks the server for its list, once per transport; resolves when it answered. A failure (offline) is asked again
   * next time, and meanwhile the page's list stands: the server still refuses a number it does not allow.
   */
  askServer(source: object, ask: (() => Promise<readonly string[] | null>) | undefined): Promise<void> {
    if (this.#asked?.source === source) return this.#asked.answer;
    this.#server = undefined;
    const asked = {
      source,
      answer: (ask ? ask() : Promise.resolve(null)).then(
        (list) => {
          if (this.#asked === asked) this.#server = list?.map(String) ?? null;
        },
        () => {
          if (this.#asked === asked) this.#asked = undefined;
        },
      ),
    };
    this.#asked = asked;
    return asked.answer;
  }

  /**
   * Why the site does not text `e164`, or null when it does: the number's own country (not the picker's) is not
   * allowed, or no country is at all (a misconfiguration: the lists share none).
   */
  refusal(lib: PhoneLibrary, e164: string, value: SmsCountriesValue): LoginError | null {
    const allowed = this.allowed(value);
    if (!allowed) return null;
    // The server's very rule (protocol/sms-countries.js): the number's own country, none for an international service.
    const country = numberCountry(e164, lib.parsePhoneNumberFromString);
    if (smsCountryAllowed(country, allowed)) return null;
    if (!allowed.length) {
      const server = this.#server ? `is "${this.#server.join(' ')}"` : 'is not set';
      return loginError('misconfigured', { developerHint: `No country is left to text: sms-countries is "${this.#value}", the server's smsCountries ${server}.` });
    }
    const developerHint = `${country ? `A number of ${country}` : 'A number of no country (an international service)'}: the site texts only ${allowed.join(' ')} (sms-countries, or the server's smsCountries).`;
    return loginError('country_not_allowed', { developerHint });
  }

  /** The countries of `countries` (the picker's whole list) that are allowed, in its order. */
  offered(countries: readonly Country[], value: SmsCountriesValue): readonly Country[] {
    const allowed = this.allowed(value);
    const cached = this.#offered;
    if (cached?.countries === countries && sameList(cached.allowed, allowed)) return cached.offered;
    const offered = allowed ? countries.filter(({ code }) => allowed.includes(code)) : countries;
    this.#offered = { countries, allowed, offered };
    return offered;
  }
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a === b || (!!a && !!b && a.length === b.length && a.every((code, i) => code === b[i]));
}
