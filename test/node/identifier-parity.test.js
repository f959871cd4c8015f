// @ts-check
// The server's half of the identifier parity check (the element's is test/browser/identifier-parity.test.ts): every
// row of the shared table, posted to the handler's /start as the element posts it, is either passed to Auth0 (the
// emulator) exactly as the table says, or refused with the same error code, before any call to Auth0.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { IDENTIFIERS } from '../helpers/identifier-table.js';
import { elementRequest, setup } from './server-helpers.js';

/** @type {Awaited<ReturnType<typeof setup>>} */ let t;
before(async () => {
  t = await setup({ connections: ['email', 'sms'] });
});
after(() => t?.close());

for (const [connection, typed, sent, why] of IDENTIFIERS) {
  test(`${connection} ${JSON.stringify(typed)} → ${sent ?? 'refused'} (${why})`, async () => {
    const before = t.auth0Calls().length;
    const response = await t.handler(elementRequest('start', { connection, identifier: typed, locale: 'en' }, { headers: { 'Idempotency-Key': crypto.randomUUID() } }));
    const calls = t.auth0Calls().slice(before).filter((call) => call.url.endsWith('/passwordless/start'));
    if (sent === null) {
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), { error: connection === 'sms' ? 'invalid_phone_number' : 'invalid_email' });
      assert.equal(calls.length, 0, 'nothing was sent to Auth0');
    } else {
      assert.equal(response.status, 204, await response.text());
      assert.equal(calls.length, 1);
      assert.equal(JSON.parse(calls[0]?.body ?? '{}')[connection === 'sms' ? 'phone_number' : 'email'], sent);
    }
  });
}
