// @ts-check
// The `smsCountries` allow-list's rule (SMS pumping), for the server handler and the element alike: a text message
// goes only to a number whose own country is listed. The country is the number's own region as libphonenumber-js
// reads it from the whole number, not its calling code: +1 and +7 are shared by several countries (+1 416 is
// Canada, +1 212 the United States, +1 876 Jamaica; +7 7… Kazakhstan, +7 9… Russia), so the calling code alone
// would let a whole zone in. A number of no country (international networks such as +881, +882 and +883, a
// favourite of pumpers, or +800) is refused whenever a list is set. The parser is passed in, as for
// normalisePhone: the element loads libphonenumber-js only for SMS, the server imports it.

/** @typedef {(e164: string) => { country?: string } | undefined} ParseCountry libphonenumber-js's parsePhoneNumberFromString */

/**
 * The region of an E.164 number (ISO 3166 alpha-2, upper case), or undefined when it has none.
 * @param {string} e164 normalised by the protocol (normalisePhone) @param {ParseCountry} parsePhone
 * @returns {string | undefined}
 */
export function numberCountry(e164, parsePhone) {
  return parsePhone(e164)?.country;
}

/**
 * Whether a text message may go to a number of `country` (numberCountry's answer) under an allow-list.
 * @param {string | undefined} country undefined: a number of no country
 * @param {readonly string[] | null | undefined} allowed ISO 3166 alpha-2 codes, upper case; null or undefined: any
 *   country (no list). An empty list allows none: an allow-list never falls open.
 * @returns {boolean}
 */
export function smsCountryAllowed(country, allowed) {
  if (!allowed) return true;
  return country !== undefined && allowed.includes(country);
}
