// @ts-check
// POST {basePath}/passkey-register: a sign-up ceremony for a new person of the database connection (only with
// `passkeys.signup`). The body names the person, { email } or { phone_number }, checked with the protocol's rules
// (the same as a start), and counted per person too. Auth0's "the user already exists" is 409 account_exists.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { normaliseEmail, normalisePhone } from '../../protocol/identifiers.js';
import { passkeyCeremony } from '../auth0-client.js';
import { hashValue } from '../crypto.js';
import { failureResponse, onlyStoreDown, STORE_DOWN } from '../failure.js';
import { json } from '../http.js';
import { log } from '../log.js';
import { passkeyRoute } from '../passkey-route.js';
import { throttleKey } from '../throttle-key.js';

export const passkeyRegister = passkeyRoute({
  event: 'passkey-register',
  offered: (passkeys) => passkeys.signup,
  async run(call, data, passkeys) {
    const { options } = call;
    const byPhone = data.phone_number !== undefined;
    if (byPhone === (data.email !== undefined)) return { status: 400, error: 'misconfigured', hint: 'The body must hold one of email and phone_number.' };
    const kind = byPhone ? 'sms' : 'email';
    const identifier = byPhone ? normalisePhone(data.phone_number, parsePhoneNumberFromString) : normaliseEmail(data.email);
    if (!identifier) return { status: 400, error: byPhone ? 'invalid_phone_number' : 'invalid_email' };
    const hashed = await hashValue(options, `${kind}:${identifier}`);
    const who = { connection: passkeys.connection, identifier: hashed };
    let wait;
    try {
      wait = await call.throttles.passkey({ ip: undefined, person: await hashValue(options, throttleKey(kind, identifier, options.dotInsensitiveDomains)) });
    } catch (error) {
      onlyStoreDown(error);
      return failureResponse(options, 'passkey-register', STORE_DOWN, who);
    }
    if (wait) {
      const hint = 'Too many passkey sign-ups for this person (rateLimits.passkeyRegisterPerIdentifier).';
      return failureResponse(options, 'passkey-register', { status: 429, error: 'rate_limited', retryAfter: wait, hint }, who);
    }
    const result = await passkeyCeremony(options, { profile: byPhone ? { phone_number: identifier } : { email: identifier }, ip: call.ip });
    if (!result.ok) return failureResponse(options, 'passkey-register', result.failure, who);
    log(options, { level: 'info', event: 'passkey-register', outcome: 'ok', status: 200, ...who });
    return json(200, result.ceremony);
  },
});
