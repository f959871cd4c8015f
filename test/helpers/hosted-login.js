// @ts-check
// Drives the emulator's hosted login page (/u/login) as a person would: the identifier, then the code from the
// emulator's outbox. For the SDK tests whose login goes through a browser redirect.
import assert from 'node:assert/strict';

/**
 * @param {import('playwright-core').Page} page a page that is being sent to the emulator's /authorize
 * @param {{ url: string, outbox: { latest: (to: string) => { code?: string } | undefined } }} emulator
 * @param {string} identifier an email or a `+` phone number
 * @param {(url: URL) => boolean} isCallback the request the login ends with (the app's redirect_uri)
 * @returns {Promise<import('playwright-core').Request>} that request
 */
export async function signInOnHostedPage(page, emulator, identifier, isCallback) {
  await page.waitForURL(`${emulator.url}/u/login?**`);
  await page.fill('#identifier', identifier);
  await page.click('#identifier-submit');
  await page.waitForURL(`${emulator.url}/u/login/code?**`);
  const code = emulator.outbox.latest(identifier)?.code;
  assert.ok(code, `a code for ${identifier}`);
  await page.fill('#code', code);
  const callback = page.waitForRequest((request) => isCallback(new URL(request.url())));
  await page.click('#code-submit');
  return callback;
}
