// @ts-check
// POST {basePath}/passkey-challenge: a login ceremony from Auth0 (/passkey/challenge, no identifier: any passkey of
// the database connection), for passkey autofill and the "Sign in with a passkey" button alike.
import { passkeyCeremony } from '../auth0-client.js';
import { json } from '../http.js';
import { log } from '../log.js';
import { passkeyRoute } from '../passkey-route.js';

export const passkeyChallenge = passkeyRoute({
  event: 'passkey-challenge',
  async run(call, _data, passkeys) {
    const result = await passkeyCeremony(call.options, { ip: call.ip });
    if (!result.ok) return result.failure;
    log(call.options, { level: 'info', event: 'passkey-challenge', outcome: 'ok', status: 200, connection: passkeys.connection });
    return json(200, result.ceremony);
  },
});
