// @ts-check
// The `smsCountries` allow-list (SMS pumping): a text message goes only to a number of an allowed country. The
// country is the number's own region, from libphonenumber-js: +1 and +7 are shared by several countries (+1 416 is
// Canada, +1 212 the United States, +1 876 Jamaica; +7 7… Kazakhstan, +7 9… Russia), so the calling code alone
// would let a whole zone in. A number of no country (international networks such as +881, +882 and +883, a
// favourite of pumpers, or +800) is refused whenever a list is set.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */

/**
 * The region of an E.164 number (ISO 3166 alpha-2), or undefined when it has none.
 * @param {string} e164 normalised by the protocol (normalisePhone)
 */
export function numberCountry(e164) {
  return parsePhoneNumberFromString(e164)?.country;
}

/**
 * Whether a start to this identifier may be sent, as far as the country goes (always, for email, or without a list).
 * @param {ResolvedOptions} options @param {'email'|'sms'} connection @param {string} identifier
 */
export function countryAllowed(options, connection, identifier) {
  if (connection !== 'sms' || !options.smsCountries) return true;
  const country = numberCountry(identifier);
  return country !== undefined && options.smsCountries.includes(country);
}
