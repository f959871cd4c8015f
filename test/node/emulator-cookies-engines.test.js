// @ts-check
// The session cookies in real engines, on the emulator's http://localhost URL: Chromium and Firefox keep both
// (`emulator_session` Secure + SameSite=None, and its Lax twin); WebKit refuses Secure cookies from http://localhost and
// keeps only `emulator_session_compat`. Either way the session works on top-level navigations (a magic link, then
// /authorize with prompt=none) and logout ends it. An engine that is not installed is skipped (a failure under CI).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE_NAMES, engine } from '../helpers/engines.js';
import { startEmulator } from '../../emulator/index.js';
import { startTestPage } from '../helpers/emulator-page.js';

const LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
/** What each engine keeps from a top-level response on http://localhost. */
const KEPT = {
  chromium: ['emulator_session', 'emulator_session_compat'],
  firefox: ['emulator_session', 'emulator_session_compat'],
  webkit: ['emulator_session_compat'],
};

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {Awaited<ReturnType<typeof startTestPage>>} */ let app;

before(async () => {
  app = await startTestPage();
  emu = await startEmulator({
    port: 0,
    config: {
      clients: [{ client_id: 'engines-spa', app_type: 'spa', callbacks: [`${app.origin}/cb`], allowed_origins: [app.origin], allowed_logout_urls: [`${app.origin}/bye`] }],
      connections: { email: {} },
    },
  });
});
after(async () => {
  await emu?.close();
  await app?.close();
});

const authorize = () => `${emu.url}/authorize?${new URLSearchParams({ client_id: 'engines-spa', response_type: 'code', redirect_uri: `${app.origin}/cb`, state: 'sso', prompt: 'none' })}`;

for (const name of ENGINE_NAMES) {
  const label = LABELS[name];
  /** @type {ReturnType<typeof engine> | { error: unknown, skip: false, launch?: undefined }} */
  let found;
  try {
    found = engine(name);
  } catch (error) {
    found = { error, skip: false };
  }
  describe(`${label}: the emulator's session cookies`, { skip: found.skip }, () => {
    test(`${label} keeps ${KEPT[name].join(' and ')}; the session works on top-level navigations; logout ends it`, async () => {
      if ('error' in found) throw found.error;
      const browser = await /** @type {() => Promise<import('../helpers/engines.js').EngineBrowser>} */ (found.launch)();
      try {
        const { page, cookies, close } = await browser.newContext();
        try {
          const email = `${name}-cookies@example.com`;
          await fetch(`${emu.url}/passwordless/start`, {
            method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ client_id: 'engines-spa', connection: 'email', send: 'link', email, authParams: { response_type: 'code', redirect_uri: `${app.origin}/cb`, state: 'link' } }),
          });
          await page.goto(emu.outbox.latest(email)?.link ?? '');
          assert.match(await page.url(), /\/cb\?code=[^&]+&state=link$/);
          await page.goto(`${emu.url}/__emulator/`); // WebKit's driver lists the cookies of the current URL only
          const kept = (await cookies()).filter((c) => c.name.startsWith('emulator_session'));
          assert.deepEqual(kept.map((c) => c.name).sort(), KEPT[name]);
          for (const c of kept) {
            assert.equal(c.httpOnly, true, c.name);
            assert.equal(c.secure, c.name === 'emulator_session', `${c.name}: Secure`);
          }
          await page.goto(authorize());
          assert.match(await page.url(), /\/cb\?code=[^&]+&state=sso$/, 'prompt=none finds the session');
          await page.goto(`${emu.url}/v2/logout?${new URLSearchParams({ client_id: 'engines-spa', returnTo: `${app.origin}/bye` })}`);
          await page.goto(`${emu.url}/__emulator/`);
          assert.deepEqual((await cookies()).filter((c) => c.name.startsWith('emulator_session')), [], 'logout cleared both');
          await page.goto(authorize());
          assert.match(await page.url(), /\/cb\?error=login_required&/, 'logged out');
        } finally {
          await close();
        }
      } finally {
        await browser.close();
      }
    });
  });
}
