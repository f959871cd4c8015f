// @ts-check
// POST {basePath}/passkey-login: the browser's credential for a passkey-challenge or passkey-register ceremony,
// exchanged with Auth0's webauthn grant; then a session as after a code (verify.js): the ID token verified, this
// browser's previous session ended, `{ user, method: 'passkey' }`. A passkey Auth0 does not know is refused with
// `unknownCredential`, so the element can tell the browser (PublicKeyCredential.signalUnknownCredential).
import { webauthnToken } from '../auth0-client.js';
import { credentialBody, NOT_A_CREDENTIAL, passkeyRoute } from '../passkey-route.js';
import { signedIn } from '../signed-in.js';

export const passkeyLogin = passkeyRoute({
  event: 'passkey-login',
  async run(call, data, passkeys) {
    const { options } = call;
    const body = credentialBody(data);
    if (!body) return NOT_A_CREDENTIAL;
    const result = await webauthnToken(options, { ...body, ip: call.ip });
    if (!result.ok) return result.failure;
    return signedIn(call, result.tokens, { audience: result.audience, method: 'passkey', log: { event: 'passkey-login', connection: passkeys.connection } });
  },
});
