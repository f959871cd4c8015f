// @ts-check
// A comparison library for the benchmark: installed (once) into its own folder under .bench (not a dependency of
// this project) and bundled there with Vite behind a one-page site, as a user's app would ship it.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';

const run = promisify(execFile);

/**
 * @param {{ dir: string, name: string, range: string, title: string, body: string, main: string, mount: string, define?: Record<string, string> }} options
 *   name: the npm package; range: e.g. '2.7.x'; body: the page's markup before main.js; mount: the path the page is served under (its assets are rewritten to it)
 * @returns {Promise<{ version: string, files: string[], folder: string, page: string }>}
 */
export async function bundlePackage({ dir, name, range, title, body, main, mount, define }) {
  await mkdir(dir, { recursive: true });
  let version = await installedVersion(dir, name);
  if (!version?.startsWith(range.replace('.x', '.'))) {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: `bench-${name.replace(/^@[^/]+\//, '')}`, private: true, type: 'module' }));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    await run(npm, ['install', `${name}@${range}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
      cwd: dir,
      maxBuffer: 64 << 20,
    });
    version = await installedVersion(dir, name);
    if (!version) throw new Error(`npm install ${name} finished without installing it`);
  }
  await writeFile(join(dir, 'main.js'), main);
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}<script type="module" src="./main.js"></script></body></html>`,
  );
  const outDir = join(dir, 'dist');
  await build({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    define,
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000, reportCompressedSize: false },
  });
  const assets = await readdir(join(outDir, 'assets'));
  const files = assets.filter((file) => file.endsWith('.js')).map((file) => join(outDir, 'assets', file));
  const page = (await readFile(join(outDir, 'index.html'), 'utf8')).replaceAll('"/assets/', `"${mount}/assets/`);
  return { version, files, folder: outDir, page };
}

/** @param {string} dir @param {string} name */
async function installedVersion(dir, name) {
  try {
    return /** @type {string} */ (JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version);
  } catch {
    return undefined;
  }
}
