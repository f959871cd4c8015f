#!/usr/bin/env node
// @ts-check
// Benchmark of backend mode across two instances (two Node processes running the handler), once with each
// instance's own memory store and once with one shared Redis:
//   1. a burst of concurrent starts for one identifier, spread over both instances: how many messages the
//      emulator actually sent, against the per-identifier limit (with Redis it must never exceed it);
//   2. starts per second that pass the throttles and reach the emulator (distinct people and addresses);
//   3. starts per second that the throttles refuse (one identifier over its limit: only the store is asked).
// Needs redis-server (Debian: apt-get install redis-server, or REDIS_SERVER=/path).
// Usage: npm run bench:backend [-- --seconds 5 --concurrency 32 --burst 200]
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startEmulator, defaultConfig } from '../emulator/index.js';
import { redisServerPath, startRedis } from '../test/helpers/redis-server.js';

const APP = 'http://localhost:5173';
const LIMIT = 5;

/** @param {string} name @param {number} fallback */
function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const seconds = flag('seconds', 5);
const concurrency = flag('concurrency', 32);
const burst = flag('burst', 200);

if (!redisServerPath()) {
  console.error('redis-server not found: install it (Debian: apt-get install redis-server) or set REDIS_SERVER=/path/to/redis-server.');
  process.exit(1);
}

const config = structuredClone(defaultConfig);
config.rate_limits = { passwordless_start_per_ip_per_hour: 1e9 };
const emulator = await startEmulator({ port: 0, config });
const redis = await startRedis();
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
// The burst gets its own agent without a socket limit, so all of it is in flight at once.
const burstAgent = new Agent({ keepAlive: false });

/** Starts one instance process; resolves to its port and a stop function. @param {Record<string, string>} env */
function startInstance(env) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('bench/backend-instance.mjs', import.meta.url))], {
    env: {
      ...process.env,
      AUTH0_DOMAIN: emulator.url,
      AUTH0_CLIENT_ID: 'demo-regular',
      AUTH0_CLIENT_SECRET: 'demo-regular-secret',
      SESSION_SECRET: 'bench-session-secret-shared-by-every-instance',
      APP_ORIGIN: APP,
      PER_IDENTIFIER: String(LIMIT),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const port = /port=(\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ port: Number(port), stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
  });
}

/**
 * One start, as the element sends it, from a client address of our choosing.
 * @param {number} port @param {string} identifier @param {string} ip @param {Agent} [via]
 * @returns {Promise<number>} the status
 */
function start(port, identifier, ip, via = agent) {
  const body = JSON.stringify({ connection: 'email', identifier });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/auth/passwordless/start',
        agent: via,
        headers: { host: `localhost:${port}`, 'content-type': 'application/json', 'x-passwordless-login': '1', origin: APP, 'x-forwarded-for': ip, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** @param {string} to */
const sentTo = (to) => emulator.outbox.list(to).length;

/**
 * Runs `next(i)` from `concurrency` loops for `seconds`; returns requests/s, latency percentiles and statuses.
 * @param {(i: number) => Promise<number>} next
 */
async function load(next, runSeconds = seconds) {
  /** @type {number[]} */
  const latencies = [];
  /** @type {Record<number, number>} */
  const statuses = {};
  let i = 0;
  const deadline = Date.now() + runSeconds * 1000;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const t0 = performance.now();
        const status = await next(i++);
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (/** @type {number} */ p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  return { perSecond: Math.round(latencies.length / elapsed), p50: pct(0.5), p95: pct(0.95), statuses };
}

/** @type {{ store: string, burstSent: number, accepted: Awaited<ReturnType<typeof load>>, refused: Awaited<ReturnType<typeof load>> }[]} */
const results = [];
let failed = false;
for (const store of ['memory', 'redis']) {
  const env = { STORE: store, REDIS_URL: redis.url, PREFIX: `bench-${Date.now()}:` };
  const instances = await Promise.all([startInstance(env), startInstance(env)]);
  const ports = instances.map((instance) => instance.port);
  const tag = `${store}-${Date.now()}`;

  // 1. The burst: every request at once, alternating instances, each from its own address.
  const burstId = `burst-${tag}@example.com`;
  const statuses = await Promise.all(Array.from({ length: burst }, (_, i) => start(ports[i % 2], burstId, `10.1.${i >> 8}.${i & 255}`, burstAgent)));
  const burstSent = sentTo(burstId);
  const accepted204 = statuses.filter((s) => s === 204).length;
  // With Redis, exactly the limit (not more, and not fewer: nothing may be refused wrongly either).
  if (store === 'redis' && (burstSent !== LIMIT || accepted204 !== LIMIT)) failed = true;

  // Warm both instances (JIT, connections) before timing anything, so the first store measured is not penalised.
  await load((i) => start(ports[i % 2], `warm-${tag}-${i}@example.com`, `10.4.${(i >> 8) & 255}.${i & 255}`), 1);

  // 2. Starts that pass the throttles: a new person and address each time, so every one reaches the emulator.
  const accepted = await load((i) => start(ports[i % 2], `load-${tag}-${i}@example.com`, `10.2.${(i >> 8) & 255}.${i & 255}`));
  // 3. Starts the throttles refuse: the burst's identifier is over its limit.
  const refused = await load((i) => start(ports[i % 2], burstId, `10.3.${(i >> 8) & 255}.${i & 255}`));
  results.push({ store, burstSent, accepted, refused });
  for (const instance of instances) instance.stop();
}

agent.destroy();
burstAgent.destroy();
await redis.stop();
await emulator.close();

console.log(`\nBackend mode, two instances (two Node processes), ${concurrency} concurrent requests, ${seconds} s per load run`);
console.log(`per-identifier limit ${LIMIT}; burst of ${burst} concurrent starts for one identifier\n`);
console.log('| store | burst: messages sent (limit 5) | accepted starts/s (p50, p95 ms) | refused starts/s (p50, p95 ms) |');
console.log('|---|---|---|---|');
for (const r of results) {
  const verdict = r.burstSent <= LIMIT ? 'within the limit' : `${r.burstSent / LIMIT}× the limit`;
  console.log(`| ${r.store} | ${r.burstSent} (${verdict}) | ${r.accepted.perSecond} (${r.accepted.p50}, ${r.accepted.p95}) | ${r.refused.perSecond} (${r.refused.p50}, ${r.refused.p95}) |`);
}
const odd = results.flatMap((r) => [['accepted', r.accepted], ['refused', r.refused]].map(([name, run]) => [r.store, name, /** @type {{ statuses: object }} */ (run).statuses]));
console.log(`\nstatuses: ${odd.map(([store, name, s]) => `${store} ${name} ${JSON.stringify(s)}`).join('; ')}`);
const memoryOver = results.find((r) => r.store === 'memory')?.burstSent ?? 0;
console.log(`\nMemory stores, each counting alone: ${memoryOver} messages for a limit of ${LIMIT} (${memoryOver > LIMIT ? 'over the limit, as expected with two instances' : 'unexpectedly within it'}).`);
console.log(failed ? `FAIL: with Redis, the burst did not send exactly the limit of ${LIMIT}.` : `PASS: with Redis, the burst sent exactly the limit of ${LIMIT}, never more.`);
process.exit(failed ? 1 : 0);
