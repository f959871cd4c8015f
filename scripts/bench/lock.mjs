// @ts-check
// Auth0 Lock passwordless, for comparison: installed into .bench/auth0-lock (not a dependency of this project),
// bundled there with Vite (its npm package has no prebuilt bundle), and served with local stand-ins for what it
// fetches at start from Auth0: the client configuration (JSONP, /client/<id>.js) and the language file.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';

const run = promisify(execFile);
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
  await mkdir(dir, { recursive: true });
  const require = createRequire(join(dir, 'package.json'));
  let version = await installedVersion(dir);
  if (!version?.startsWith(LOCK_RANGE.replace('.x', '.'))) {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bench-auth0-lock', private: true, type: 'module' }));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    await run(npm, ['install', `auth0-lock@${LOCK_RANGE}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
      cwd: dir,
      maxBuffer: 64 << 20,
    });
    version = await installedVersion(dir);
    if (!version) throw new Error('npm install auth0-lock finished without installing it');
  }
  await writeFile(join(dir, 'main.js'), MAIN);
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Auth0 Lock</title></head><body><div id="lock"></div><script type="module" src="./main.js"></script></body></html>',
  );
  const outDir = join(dir, 'dist');
  await build({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    define: { global: 'globalThis' },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000, reportCompressedSize: false },
  });
  const assets = await readdir(join(outDir, 'assets'));
  const files = assets.filter((name) => name.endsWith('.js')).map((name) => join(outDir, 'assets', name));
  const page = (await readFile(join(outDir, 'index.html'), 'utf8')).replaceAll('"/assets/', '"/lock/assets/');

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
  return { version, files, folder: outDir, page, standIns };
}

/** @param {string} dir */
async function installedVersion(dir) {
  try {
    return /** @type {string} */ (JSON.parse(await readFile(join(dir, 'node_modules', 'auth0-lock', 'package.json'), 'utf8')).version);
  } catch {
    return undefined;
  }
}
