// @ts-check
// POST {basePath}/passkey-login: the browser's credential for a passkey-challenge or passkey-register ceremony,
// exchanged with Auth0's webauthn grant; then a session as after a code (verify.js): the ID token verified, this
// browser's previous session ended, `{ user, method: 'passkey' }`. A passkey Auth0 does not know is refused with
// `unknownCredential`, so the element can tell the browser (PublicKeyCredential.signalUnknownCredential).
import { sessionFrom, webauthnToken } from '../auth0-client.js';
import { onlyStoreDown, STORE_DOWN } from '../failure.js';
import { json } from '../http.js';
import { log } from '../log.js';
import { credentialBody, NOT_A_CREDENTIAL, passkeyRoute } from '../passkey-route.js';
import { startSession } from '../session.js';

export const passkeyLogin = passkeyRoute({
  event: 'passkey-login',
  async run(call, data, passkeys) {
    const { options } = call;
    const body = credentialBody(data);
    if (!body) return NOT_A_CREDENTIAL;
    const result = await webauthnToken(options, { ...body, ip: call.ip });
    if (!result.ok) return result.failure;
    const session = await sessionFrom(options, result.tokens, undefined, { audience: result.audience, method: 'passkey' });
    if (!session) return { status: 502, error: 'invalid_response', hint: 'The ID token failed verification (signature, issuer, audience or expiry).' };
    let cookie;
    try {
      cookie = await startSession(options, call.request, session);
    } catch (error) {
      onlyStoreDown(error);
      return STORE_DOWN;
    }
    log(options, { level: 'info', event: 'passkey-login', outcome: 'ok', status: 200, connection: passkeys.connection });
    const response = json(200, { user: session.user, method: 'passkey' });
    response.headers.append('Set-Cookie', cookie);
    return response;
  },
});
