// @ts-check
// Auth0 Lock passwordless, for comparison: installed into .bench/auth0-lock (not a dependency of this project),
// bundled there with Vite (its npm package has no prebuilt bundle), and served with local stand-ins for what it
// fetches at start from Auth0: the client configuration (JSONP, /client/<id>.js) and the language file.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundlePackage } from './bundle-package.mjs';

export const LOCK_RANGE = '14.3.x';
export const LOCK_CLIENT_ID = 'bench-lock-client';

const MAIN = `import { Auth0LockPasswordless } from 'auth0-lock';
// Shown inline (no modal), email + one-time code: the same first step as <passwordless-login>.
new Auth0LockPasswordless('${LOCK_CLIENT_ID}', 'tenant.auth0.invalid', {
  container: 'lock',
  configurationBaseUrl: location.origin,
  languageBaseUrl: location.origin,
  allowedConnections: ['email'],
  passwordlessMethod: 'code',
  rememberLastLogin: false,
  closable: false,
}).show();
`;

/**
 * Installs (once) and bundles Lock.
 * @param {string} dir e.g. <repo>/.bench/auth0-lock
 * @returns {Promise<{ version: string, files: string[], folder: string, page: string, standIns: Record<string, { type: string, body: string }> }>}
 */
export async function prepareLock(dir) {
  const require = createRequire(join(dir, 'package.json'));
  const { version, files, folder, page } = await bundlePackage({
    dir,
    name: 'auth0-lock',
    range: LOCK_RANGE,
    title: 'Auth0 Lock',
    body: '<div id="lock"></div>',
    main: MAIN,
    mount: '/lock',
    define: { global: 'globalThis' },
  });

  // What cdn.auth0.com / the tenant would answer: Lock checks the JSONP payloads (client id, language code).
  const client = {
    id: LOCK_CLIENT_ID,
    tenant: 'bench',
    subscription: 'free',
    authorize: 'https://tenant.auth0.invalid/authorize',
    callback: 'http://localhost/',
    hasAllowedOrigins: true,
    strategies: [{ name: 'email', connections: [{ name: 'email' }] }],
  };
  const en = require(/** @type {string} */ ('auth0-lock/lib/i18n/en.js')).default;
  const standIns = {
    [`/client/${LOCK_CLIENT_ID}.js`]: { type: 'text/javascript', body: `Auth0.setClient(${JSON.stringify(client)});` },
    [`/js/lock/${version}/en.js`]: { type: 'text/javascript', body: `Auth0.registerLanguageDictionary('en', ${JSON.stringify(en)});` },
  };
  return { version, files, folder, page, standIns };
}
