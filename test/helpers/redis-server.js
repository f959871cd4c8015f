// @ts-check
// A throwaway redis-server for the tests that need several handler instances to share one store: started on
// a free loopback port with no persistence, stopped (and restartable) on demand.
import { spawn, spawnSync } from 'node:child_process';
import { freePort } from './free-port.js';

/**
 * Where redis-server is: $REDIS_SERVER, else on PATH. Null when missing, except in CI, where it is an error
 * (.ci/run installs Debian's redis-server).
 */
export function redisServerPath() {
  const candidate = process.env.REDIS_SERVER || 'redis-server';
  const found = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).status === 0;
  if (found) return candidate;
  if (process.env.CI) throw new Error('redis-server is missing: .ci/run installs it (apt-get install redis-server).');
  return null;
}

/** Why Redis tests skip on this machine, or false when they can run. */
export const skipWithoutRedis = redisServerPath()
  ? false
  : 'redis-server not found: install it (Debian: apt-get install redis-server) or set REDIS_SERVER=/path/to/redis-server';

/**
 * Starts redis-server; `stop()` kills it (as an outage would), `start()` brings it back on the same port,
 * `pause()` freezes it (connections stay open, nothing answers) until `resume()`.
 * @returns {Promise<{ url: string, port: number, start(): Promise<void>, stop(): Promise<void>, pause(): void, resume(): void }>}
 */
export async function startRedis() {
  const binary = redisServerPath();
  if (!binary) throw new Error(String(skipWithoutRedis));
  const port = await freePort();
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  const start = () =>
    new Promise((resolve, reject) => {
      child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      child.stdout?.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve(undefined);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}):\n${output}`));
      });
    });
  const stop = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null) return resolve(undefined);
      child.once('exit', () => resolve(undefined));
      child.kill('SIGKILL');
    });
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start: /** @type {() => Promise<void>} */ (start),
    stop: /** @type {() => Promise<void>} */ (stop),
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
  };
}
