// @ts-check
// A client's grant_types limit what /authorize hands out, as on Auth0: a code needs authorization_code, a token or ID
// token in the front channel needs implicit, hybrid types both; refused with unauthorized_client at the redirect URI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { emulatorClient } from '../helpers/emulator-client.js';

const APP = 'http://localhost:5173/';
/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;

before(async () => {
  const spa = (/** @type {string} */ id, /** @type {string[]} */ grantTypes) =>
    ({ ...structuredClone(defaultConfig.clients[0]), client_id: id, grant_types: grantTypes });
  emu = await startEmulator({
    port: 0,
    config: { ...defaultConfig, clients: [...defaultConfig.clients, spa('code-only', ['authorization_code', 'refresh_token']), spa('implicit-only', ['implicit'])] },
  });
});
after(() => emu.close());

/** @param {string} clientId @param {string} responseType */
async function authorize(clientId, responseType) {
  const r = await emulatorClient(emu.url).authorize({
    client_id: clientId, redirect_uri: APP, response_type: responseType, scope: 'openid', nonce: 'n', state: 's', prompt: 'none',
    ...(responseType === 'code' ? { code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGjSstw-cM', code_challenge_method: 'S256' } : {}),
  });
  assert.equal(r.status, 302);
  const url = new URL(r.location ?? '');
  return new URLSearchParams(url.hash ? url.hash.slice(1) : url.search);
}

test('a response type whose grant type the client lacks: unauthorized_client "Grant type \'…\' not allowed for the client."', async () => {
  for (const [client, type, missing] of [['code-only', 'token id_token', 'implicit'], ['code-only', 'id_token', 'implicit'], ['code-only', 'code id_token', 'implicit'], ['implicit-only', 'code', 'authorization_code'], ['implicit-only', 'code token', 'authorization_code']]) {
    const answer = await authorize(client, type);
    assert.equal(answer.get('error'), 'unauthorized_client', `${client} ${type}`);
    assert.equal(answer.get('error_description'), `Grant type '${missing}' not allowed for the client.`);
    assert.equal(answer.get('state'), 's');
  }
});

test('allowed response types go on (here to login_required: no session), and a client without grant_types is not limited', async () => {
  for (const [client, type] of [['code-only', 'code'], ['implicit-only', 'token id_token'], ['demo-spa', 'token id_token'], ['demo-spa', 'code']]) {
    assert.equal((await authorize(client, type)).get('error'), 'login_required', `${client} ${type}`);
  }
});
