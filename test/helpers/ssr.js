// @ts-check
// For the server-rendering tests: passwordless-login/ssr compiled from src/ as the package builds it (tsc with
// tsconfig.build.json, into a temporary folder: dist/ belongs to the other builds), and passwordless-login/hydrate
// bundled by Vite with the script-tag build's config, for a page to load.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';

const root = new URL('../..', import.meta.url).pathname;

/** @type {Promise<string> | undefined} */
let work;

/** A temporary folder whose node_modules is the repository's, so that the compiled modules find lit and @lit-labs/ssr. */
function workFolder() {
  work ??= mkdtemp(join(tmpdir(), 'passwordless-login-ssr-')).then(async (folder) => {
    await symlink(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
    return folder;
  });
  return work;
}

/** @returns {Promise<typeof import('../../src/ssr.js')>} */
export async function importSsr() {
  const folder = await workFolder();
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', join(folder, 'lib')]);
  return import(join(folder, 'lib', 'src', 'ssr.js'));
}

/**
 * Bundles src/hydrate.ts and its lazy chunks as a site's bundler would bundle the package (plain Vite: not the
 * script-tag build's config, whose template minifier would make the client's templates differ from the server's);
 * returns the folder with hydrate.js.
 */
export async function buildHydrate() {
  const outDir = join(await workFolder(), 'hydrate');
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', lib: { entry: join(root, 'src', 'hydrate.ts'), formats: ['es'], fileName: () => 'hydrate.js' } },
  });
  return outDir;
}

/** Removes the temporary folder. */
export async function removeSsrBuilds() {
  if (work) await rm(await work, { recursive: true, force: true });
  work = undefined;
}
