// @ts-check
// Hanko Elements (<hanko-auth>), for comparison: installed into .bench/hanko-elements (not a dependency of this
// project), bundled there with Vite, and served with a local stand-in for the one call it makes before it shows
// its email field: POST {api}/login, answered with the flow API's login_init state (an email input). Note that
// Elements 2.7 renders that first state 500 ms after it arrives (a setTimeout in its elements.js): its time to
// input includes that wait, on any machine.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';

const run = promisify(execFile);
export const HANKO_RANGE = '2.7.x';
const API = '/hanko-api';

const MAIN = `import { register } from '@teamhanko/hanko-elements';
register(location.origin + '${API}');
`;

/**
 * Installs (once) and bundles Hanko Elements.
 * @param {string} dir e.g. <repo>/.bench/hanko-elements
 * @returns {Promise<{ version: string, files: string[], folder: string, page: string, standIns: Record<string, { type: string, body: string }> }>}
 */
export async function prepareHanko(dir) {
  await mkdir(dir, { recursive: true });
  let version = await installedVersion(dir);
  if (!version?.startsWith(HANKO_RANGE.replace('.x', '.'))) {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bench-hanko-elements', private: true, type: 'module' }));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    await run(npm, ['install', `@teamhanko/hanko-elements@${HANKO_RANGE}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
      cwd: dir,
      maxBuffer: 64 << 20,
    });
    version = await installedVersion(dir);
    if (!version) throw new Error('npm install @teamhanko/hanko-elements finished without installing it');
  }
  await writeFile(join(dir, 'main.js'), MAIN);
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hanko</title></head><body><hanko-auth></hanko-auth><script type="module" src="./main.js"></script></body></html>',
  );
  const outDir = join(dir, 'dist');
  await build({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000, reportCompressedSize: false },
  });
  const assets = await readdir(join(outDir, 'assets'));
  const files = assets.filter((name) => name.endsWith('.js')).map((name) => join(outDir, 'assets', name));
  const page = (await readFile(join(outDir, 'index.html'), 'utf8')).replaceAll('"/assets/', '"/hanko/assets/');

  // What a Hanko backend answers when a login flow starts: the login_init state, asking for an email address.
  const loginInit = {
    name: 'login_init',
    status: 200,
    csrf_token: 'bench',
    payload: {},
    actions: {
      continue_with_login_identifier: {
        action: 'continue_with_login_identifier',
        href: `${API}/login?action=continue_with_login_identifier`,
        description: 'Enter an identifier to login.',
        inputs: { email: { name: 'email', type: 'email', required: true, max_length: 120 } },
      },
    },
  };
  const standIns = { [`${API}/login`]: { type: 'application/json', body: JSON.stringify(loginInit) } };
  return { version, files, folder: outDir, page, standIns };
}

/** @param {string} dir */
async function installedVersion(dir) {
  try {
    const path = join(dir, 'node_modules', '@teamhanko', 'hanko-elements', 'package.json');
    return /** @type {string} */ (JSON.parse(await readFile(path, 'utf8')).version);
  } catch {
    return undefined;
  }
}
