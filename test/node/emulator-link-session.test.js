// @ts-check
// Auth0's tenant setting universal_login.passwordless.allow_magiclink_verify_without_session: off (Auth0's default),
// a magic link started by a server (a confidential client with its secret) is refused where it is opened, because no
// Auth0 session of the start is in that browser; on, it signs in. Links started in a browser are not affected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { emulatorClient } from '../helpers/emulator-client.js';

const CALLBACK = 'http://localhost:5173/auth/passwordless/callback';
const SAME_BROWSER = 'The link must be opened on the same device and browser from which you submitted your email address.';

/** @param {boolean|undefined} allow */
function tenant(allow) {
  const rest = { ...defaultConfig };
  delete rest.universal_login;
  return allow === undefined ? rest : { ...rest, universal_login: { passwordless: { allow_magiclink_verify_without_session: allow } } };
}

/** Starts a link for `email` from the server, opens it as a mail client would. @param {Awaited<ReturnType<typeof startEmulator>>} emu @param {string} email */
async function serverLink(emu, email) {
  const c = emulatorClient(emu.url);
  const started = await c.start({
    client_id: 'demo-regular', client_secret: 'demo-regular-secret', connection: 'email', send: 'link', email,
    authParams: { response_type: 'code', redirect_uri: CALLBACK, scope: 'openid', state: 'st' },
  }, { origin: null });
  assert.equal(started.status, 200);
  return c.get(emu.outbox.latest(email)?.link ?? '');
}

test('off (Auth0\'s default, and any config that does not say): a link started by a server is refused with Auth0\'s words, and not used up', async () => {
  assert.equal(validateConfig(tenant(undefined)).universal_login.passwordless.allow_magiclink_verify_without_session, false);
  for (const allow of [undefined, false]) {
    const emu = await startEmulator({ port: 0, config: tenant(allow) });
    try {
      const email = 'server-link@example.com';
      const opened = await serverLink(emu, email);
      assert.equal(opened.status, 400);
      assert.equal(opened.location, undefined, 'no redirect to the app');
      assert.ok(opened.text.includes(SAME_BROWSER), opened.text);
      // The code behind it still works where Auth0 takes it (the server's OTP grant), so nothing was spent.
      const token = await emulatorClient(emu.url).token({ grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp', client_id: 'demo-regular', client_secret: 'demo-regular-secret', username: email, otp: emu.outbox.latest(email)?.code ?? '', realm: 'email', scope: 'openid' });
      assert.equal(token.status, 200);
    } finally {
      await emu.close();
    }
  }
});

test('on (the built-in config has it, for backend mode\'s demo): the same link signs in; a link started in a browser works either way', async () => {
  const on = await startEmulator({ port: 0, config: tenant(true) });
  const off = await startEmulator({ port: 0, config: tenant(false) });
  try {
    const opened = await serverLink(on, 'server-link-on@example.com');
    assert.equal(opened.status, 302);
    assert.match(opened.location ?? '', /^http:\/\/localhost:5173\/auth\/passwordless\/callback\?code=/);
    const c = emulatorClient(off.url);
    const email = 'browser-link@example.com';
    await c.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email, authParams: { response_type: 'token id_token', redirect_uri: 'http://localhost:5173/', scope: 'openid', nonce: 'n', state: 's' } });
    const browser = await c.get(off.outbox.latest(email)?.link ?? '');
    assert.equal(browser.status, 302);
    assert.match(browser.location ?? '', /access_token=/);
  } finally {
    await on.close();
    await off.close();
  }
});

test('the setting is checked: an object of booleans, in the Management API\'s words', () => {
  assert.throws(() => validateConfig({ ...tenant(undefined), universal_login: { passwordless: { allow_magiclink_verify_without_session: 'yes' } } }),
    /universal_login\.passwordless\.allow_magiclink_verify_without_session must be true or false/);
  assert.throws(() => validateConfig({ ...tenant(undefined), universal_login: { flags: {} } }), /universal_login\.flags is not a known key/);
});
