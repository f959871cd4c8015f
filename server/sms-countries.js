// @ts-check
// The `smsCountries` allow-list (SMS pumping): a text message goes only to a number of an allowed country. The rule
// (the number's own region, not its calling code; a number of no country refused) is protocol/sms-countries.js,
// which the element runs too.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { numberCountry, smsCountryAllowed } from '../protocol/sms-countries.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */

/**
 * Whether a start to this identifier may be sent, as far as the country goes (always, for email, or without a list).
 * @param {ResolvedOptions} options @param {'email'|'sms'} connection @param {string} identifier normalised by the
 *   protocol (normalisePhone, for SMS)
 */
export function countryAllowed(options, connection, identifier) {
  if (connection !== 'sms' || !options.smsCountries) return true;
  return smsCountryAllowed(numberCountry(identifier, parsePhoneNumberFromString), options.smsCountries);
}
