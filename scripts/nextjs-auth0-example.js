// @ts-check
// examples/nextjs-auth0 as its user runs it: its own `npm ci` (only when its node_modules are missing or older than
// its lockfile), `next build` (only when a file there is newer than the last build), then `next start` with the
// environment of .env.example. Each step reports how long it took. Used by `npm run example:nextjs-auth0` and by
// test/e2e/example-nextjs-auth0.test.js.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const exampleDir = fileURLToPath(new URL('../examples/nextjs-auth0/', import.meta.url));
const nextBin = join(exampleDir, 'node_modules/next/dist/bin/next');

/**
 * The example's emulator config (emulator.json: its Regular Web Application, for the app on http://localhost:3000),
 * moved to the app's origin when it runs elsewhere.
 * @param {string} appUrl e.g. http://localhost:3000
 */
export function exampleEmulatorConfig(appUrl) {
  const config = JSON.parse(readFileSync(join(exampleDir, 'emulator.json'), 'utf8'));
  const rebase = (/** @type {string} */ url) => url.replace('http://localhost:3000', appUrl);
  for (const client of config.clients) {
    client.callbacks = client.callbacks.map(rebase);
    client.allowed_logout_urls = client.allowed_logout_urls.map(rebase);
  }
  return config;
}

/** The environment for the example's processes: the user's, without what this test process or its runner adds. */
function baseEnv() {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.NODE_TEST_CONTEXT; // set by node --test for its own child processes
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

/** @param {string} path */
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** Not built: the output, the dependencies, and the files only people and the emulator read. */
const NOT_BUILT = new Set(['node_modules', '.next', 'README.md', 'emulator.json', '.env.example', '.gitignore']);

/** The newest modification time of the example's files that `next build` reads. @param {string} dir */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_BUILT.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Runs a command in the example's folder to the end; rejects with its output when it fails.
 * @param {string} command @param {string[]} args
 */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: exampleDir, env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** @param {string} step @param {() => Promise<unknown>} work @returns {Promise<string>} "step 12.3 s" */
async function timed(step, work) {
  const began = performance.now();
  await work();
  return `${step} ${((performance.now() - began) / 1000).toFixed(1)} s`;
}

/** `npm ci` and `next build` when needed. @returns {Promise<string[]>} what was done, with times */
export async function prepareExample() {
  const done = [];
  const installed = join(exampleDir, 'node_modules/.package-lock.json');
  if (mtime(installed) < mtime(join(exampleDir, 'package-lock.json'))) {
    done.push(await timed('npm ci', () => run('npm', ['ci', '--no-audit', '--no-fund'])));
  }
  const buildId = join(exampleDir, '.next/BUILD_ID');
  if (mtime(buildId) < Math.max(newestSource(exampleDir), mtime(installed))) {
    done.push(await timed('next build', () => run(process.execPath, [nextBin, 'build'])));
  }
  return done;
}

/**
 * `next start` on localhost:port with the given environment (AUTH0_*, APP_BASE_URL, NODE_EXTRA_CA_CERTS); resolves
 * once Next.js says it is ready.
 * @param {number} port @param {Record<string, string>} env
 * @param {{ echo?: boolean }} [options] `echo`: also print what the app prints
 */
export async function startExample(port, env, { echo = false } = {}) {
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', 'localhost', '--port', String(port)], {
    cwd: exampleDir,
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      output += chunk;
      if (echo) process.stdout.write(chunk);
      if (/Ready in/.test(output)) resolve(undefined);
    });
    child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
      output += chunk;
      if (echo) process.stderr.write(chunk);
    });
    child.once('exit', (code) => reject(new Error(`next start exited with ${code}:\n${output}`)));
  });
  return {
    /** Everything the app printed so far (the SDK logs its warnings and errors there). */
    output: () => output,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
