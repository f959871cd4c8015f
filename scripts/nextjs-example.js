// @ts-check
// The Next.js example (examples/nextjs) on the emulator, step by step, for `npm run example:nextjs` and its test
// (test/e2e/example-nextjs.test.js): each step is skipped when what it makes is up to date, so a second run, or a
// second test, builds nothing again.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const example = join(root, 'examples/nextjs');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const nextBin = join(example, 'node_modules/next/dist/bin/next');
/** npm writes it at the end of each install: its time is the install's. */
const installed = join(example, 'node_modules/.package-lock.json');
/** What the last `next build` was made from (see buildExample). */
const buildStamp = join(example, '.next/passwordless-login-example.stamp');

/**
 * The emulator's clients (emulator/default-config.js) as the example's environment (see examples/nextjs/.env.example).
 * @param {{ emulatorUrl: string, appUrl: string }} urls
 */
export function exampleEnv({ emulatorUrl, appUrl }) {
  return {
    AUTH0_DOMAIN: emulatorUrl,
    AUTH0_SPA_CLIENT_ID: 'demo-spa',
    AUTH0_CLIENT_ID: 'demo-regular',
    AUTH0_CLIENT_SECRET: 'demo-regular-secret',
    SESSION_SECRET: process.env.SESSION_SECRET ?? createHash('sha256').update(`example ${Math.random()}`).digest('base64'),
    APP_URL: appUrl,
  };
}

/**
 * Builds the package (npm run build) when a build output is missing or older than its sources, then installs the
 * example's dependencies (npm ci, which copies the package in: examples/nextjs/.npmrc) when they are missing or older
 * than the lockfile or the package. Returns the seconds each step took (0: up to date).
 * @param {(line: string) => void} [say]
 */
export async function prepareExample(say = () => {}) {
  const times = { packageBuild: 0, install: 0 };
  const outputs = ['dist/passwordless-login.js', 'dist/lib/src/index.js', 'dist/types/server/index.d.ts'].map((path) => join(root, path));
  const built = Math.min(...outputs.map(modified));
  if (built < newest(['src', 'protocol', 'server'].map((dir) => join(root, dir)))) {
    say('Building passwordless-login (npm run build)…');
    times.packageBuild = await timed(() => run(npm, ['run', 'build', '--silent'], root));
  }
  const sources = Math.max(modified(join(example, 'package-lock.json')), newest(['dist', 'server', 'protocol', 'emulator', 'package.json'].map((path) => join(root, path))));
  if (modified(installed) < sources) {
    say('Installing the example’s dependencies (npm ci in examples/nextjs, from the npm cache when it has them)…');
    times.install = await timed(() => run(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], example));
  }
  return times;
}

/**
 * `next build`, unless the last one was made from the same sources and the same install. Returns its seconds (0:
 * up to date). The environment must name the settings (the route handler checks them when Next.js loads it).
 * @param {NodeJS.ProcessEnv} env @param {(line: string) => void} [say]
 */
export async function buildExample(env, say = () => {}) {
  const stamp = fingerprint();
  if (existsSync(buildStamp) && readFileSync(buildStamp, 'utf8') === stamp) return 0;
  say('Building the example (next build)…');
  const seconds = await timed(() => run(process.execPath, [nextBin, 'build'], example, env));
  writeFileSync(buildStamp, stamp);
  return seconds;
}

/**
 * `next start` on localhost; resolves once it serves, with its URL and a stop function.
 * @param {number} port @param {NodeJS.ProcessEnv} env @param {(line: string) => void} [say] its output
 */
export function startExample(port, env, say = () => {}) {
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', 'localhost', '--port', String(port)], {
    cwd: example,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(undefined);
      child.once('exit', resolve);
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const listen = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      for (const line of String(chunk).split('\n')) if (line.trim()) say(line);
      if (/Ready in/.test(output)) resolve({ url: `http://localhost:${port}`, stop });
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.once('exit', (code) => reject(new Error(`next start exited (${code}):\n${output}`)));
  });
}

/** The example's own files (not its dependencies or builds) and the install they are built with. */
function fingerprint() {
  const hash = createHash('sha256');
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (['node_modules', '.next', '.env.local'].includes(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${relative(example, path)}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(example);
  return hash.update(String(modified(installed))).digest('hex');
}

/** The time a file was last changed; 0 when it is missing. @param {string} path */
function modified(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** The newest change under these files and folders. @param {string[]} paths */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    if (!statSync(path).isDirectory()) latest = Math.max(latest, modified(path));
    else for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) if (entry.isFile()) latest = Math.max(latest, modified(join(entry.parentPath, entry.name)));
  }
  return latest;
}

/** @param {() => Promise<unknown>} step @returns {Promise<number>} seconds */
async function timed(step) {
  const started = performance.now();
  await step();
  return (performance.now() - started) / 1000;
}

/** @param {string} command @param {string[]} args @param {string} cwd @param {NodeJS.ProcessEnv} [env] */
function run(command, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}) in ${cwd}:\n${output}`))));
  });
}
