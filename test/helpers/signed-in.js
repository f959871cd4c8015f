// @ts-check
// What every SPA-mode end-to-end sign-in must leave behind, in any engine: the page told (the demo's event log shows
// the event, with the tokens cut to their first 10 characters: enough to look for them), and no token in the URL,
// web storage or script-readable cookies.
import assert from 'node:assert/strict';

const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*/;
const TOKEN_WORDS = /access_token|id_token|refresh_token/;

/**
 * @param {import('./engines.js').EnginePage} page @param {string} who the email or phone number signed in
 * @param {{ origin?: string }} [expected] the page's origin it must be back on
 */
export async function assertSignedInCleanly(page, who, { origin } = {}) {
  await page.waitForText(`You are signed in as ${who}.`, { timeoutMs: 20_000 });
  const log = await page.evaluate(() => [...document.querySelectorAll('#log li')].map((item) => item.textContent ?? ''));
  const line = log.find((entry) => entry.includes(' passwordless-authenticated '));
  assert.ok(line, `the page received passwordless-authenticated: ${log.join(' | ')}`);
  const detail = JSON.parse(line.slice(line.indexOf('{')));
  assert.equal(detail.user.email ?? detail.user.phone_number, who);
  const prefixes = [detail.authResult?.accessToken, detail.authResult?.idToken].map((token) => String(token ?? '').replace(/…$/, ''));
  assert.ok(prefixes.every((prefix) => prefix.length >= 10), `SPA mode hands the tokens to the page: ${line}`);
  const url = await page.url();
  if (origin) assert.equal(new URL(url).origin, origin, `back on the page: ${url}`);
  assert.equal(new URL(url).hash, '', 'the callback hash is scrubbed');
  assert.doesNotMatch(url, TOKEN_WORDS);
  const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie }));
  for (const prefix of prefixes) {
    assert.ok(!url.includes(prefix), 'no token in the URL');
    assert.ok(!stored.includes(prefix), `no token in web storage or script-readable cookies: ${stored}`);
  }
  assert.doesNotMatch(stored, JWT);
  assert.doesNotMatch(stored, TOKEN_WORDS);
}
