// @ts-check
// GET {basePath}/settings: what the element must know before the first send (protocol/wire.js BackendSettings):
// the human check to show (provider, site key, policy; never the secret), the countries text messages may go
// to, and what the site offers for passkeys. The same for everyone and public, so no CSRF check (like the other GET
// routes) and a short cache.
import { json } from '../http.js';

/** @typedef {import('../handler.js').Call} Call */
/** @typedef {import('../../protocol/wire.js').BackendSettings} BackendSettings */

/** A minute: an options change reaches pages within it, and a page's repeated reads cost nothing. */
const MAX_AGE_SECONDS = 60;

/** @param {Call} call */
export async function settings(call) {
  const { humanCheck, smsCountries, databaseCodes, passkeys } = call.options;
  /** @type {BackendSettings} */
  const body = {
    humanCheck: humanCheck ? { provider: humanCheck.provider, siteKey: humanCheck.siteKey, required: humanCheck.required } : null,
    smsCountries: smsCountries ? [...smsCountries] : null,
    passkeys: passkeys ? { signup: passkeys.signup, create: passkeys.create } : null,
  };
  // Codes on a database connection: how phone codes may go (the start body's `delivery`), the first the default.
  if (databaseCodes) body.phoneDelivery = [...databaseCodes.delivery];
  return json(200, body, { 'Cache-Control': `private, max-age=${MAX_AGE_SECONDS}` });
}
