// Config for the passkey API, in the Management API's words: database connections, the webauthn grant, custom domains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateConfig } from '../../emulator/config.js';
import { defaultConfig } from '../../emulator/default-config.js';

const DB = 'Username-Password-Authentication';
/** @param {Record<string, unknown>} extra */
const withConfig = (extra) => validateConfig({ ...defaultConfig, ...extra });

test('a database connection resolves its authentication methods next to email and sms', () => {
  const cfg = withConfig({
    connections: { ...defaultConfig.connections, [DB]: { strategy: 'auth0', options: { authentication_methods: { passkey: { enabled: true }, email_otp: { enabled: true } } } } },
  });
  assert.deepEqual(Object.keys(cfg.connections).sort(), ['email', 'sms']);
  assert.deepEqual(cfg.database_connections, [{
    name: DB,
    authentication_methods: { password: { enabled: true }, passkey: { enabled: true }, email_otp: { enabled: true }, phone_otp: { enabled: false } },
  }]);
});

test('a database connection alone is a valid set of connections', () => {
  const cfg = withConfig({ connections: { [DB]: { strategy: 'auth0' } } });
  assert.deepEqual(cfg.connections, {});
  assert.equal(cfg.database_connections[0].authentication_methods.passkey.enabled, false);
});

test('the built-in config sets passkeys up as a tenant would: a database connection with passkeys and codes, the custom domain localhost, the grant, My Account', () => {
  const cfg = validateConfig(defaultConfig);
  assert.deepEqual(cfg.database_connections, [{
    name: DB,
    authentication_methods: { password: { enabled: true }, passkey: { enabled: true }, email_otp: { enabled: true }, phone_otp: { enabled: true } },
  }]);
  assert.deepEqual(cfg.custom_domains, [{ domain: 'localhost', status: 'ready' }]);
  for (const client of cfg.clients) assert.ok(client.grant_types?.includes('urn:okta:params:oauth:grant-type:webauthn'), client.client_id);
  assert.deepEqual(cfg.client_grants.map((g) => [g.client_id, g.audience, g.subject_type]), [['demo-regular', 'https://localhost/me/', 'user']]);
});

test('wrong database connection settings are refused, naming the key', () => {
  const cases = [
    [{ [DB]: { strategy: 'sms' } }, /connections\."Username-Password-Authentication"\.strategy must be "auth0"/],
    [{ [DB]: { strategy: 'auth0', options: { authentication_methods: { webauthn: { enabled: true } } } } }, /authentication_methods\.webauthn is not a known key/],
    [{ [DB]: { strategy: 'auth0', options: { authentication_methods: { passkey: { enabled: 'yes' } } } } }, /authentication_methods\.passkey\.enabled must be true or false/],
    [{ [DB]: { strategy: 'auth0', options: { brute_force: true } } }, /options\.brute_force is not a known key/],
    [{ [DB]: 'auth0' }, /connections\."Username-Password-Authentication" must be an object/],
  ];
  for (const [connections, message] of cases) assert.throws(() => withConfig({ connections }), message);
});

test('custom_domains take { domain, status } with Auth0 statuses', () => {
  assert.deepEqual(withConfig({ custom_domains: [{ domain: 'localhost', status: 'ready' }] }).custom_domains, [{ domain: 'localhost', status: 'ready' }]);
  assert.throws(() => withConfig({ custom_domains: [{ domain: 'https://login.example.com', status: 'ready' }] }), /custom_domains\[0\]\.domain must be a lower-case host name/);
  assert.throws(() => withConfig({ custom_domains: [{ domain: 'localhost', status: 'verified' }] }), /custom_domains\[0\]\.status must be one of/);
  assert.throws(() => withConfig({ custom_domains: [{ domain: 'localhost', status: 'ready', tls: true }] }), /custom_domains\[0\]\.tls is not a known key/);
  assert.throws(() => withConfig({ custom_domains: 'localhost' }), /custom_domains must be an array/);
});

test('a custom domain may name a parent domain as its passkeys\' RP ID (relying_party_identifier), nothing else', () => {
  const domain = { domain: 'login.example.com', status: 'ready', relying_party_identifier: 'example.com' };
  assert.deepEqual(withConfig({ custom_domains: [domain] }).custom_domains, [domain]);
  for (const rp of ['other.com', 'xample.com', 'auth.login.example.com']) {
    assert.throws(() => withConfig({ custom_domains: [{ ...domain, relying_party_identifier: rp }] }), /custom_domains\[0\]\.relying_party_identifier must be "login\.example\.com" or one of its parent domains/);
  }
});

test('clients may have the webauthn grant; unknown grant types are still refused', () => {
  // (Without demo-regular, the built-in My Account grant for it goes too.)
  const clients = [{ ...defaultConfig.clients[0], grant_types: ['urn:okta:params:oauth:grant-type:webauthn'] }];
  assert.deepEqual(withConfig({ clients, client_grants: [] }).clients[0].grant_types, ['urn:okta:params:oauth:grant-type:webauthn']);
  assert.throws(() => withConfig({ clients: [{ ...defaultConfig.clients[0], grant_types: ['urn:okta:params:oauth:grant-type:passkey'] }], client_grants: [] }), /clients\[0\]\.grant_types\[0\] must be one of/);
});
