#!/usr/bin/env node
// @ts-check
// Benchmark: complete passwordless code logins per second against the emulator
// (POST /passwordless/start, read the code, POST /co/authenticate, GET /authorize with the
// cookie and login ticket, check the 302 Location carries an ID token).
// The emulator runs in a worker thread so the load generator does not steal its event loop.
// Usage: npm run bench:emulator [-- --seconds 5 --concurrency 16 --same-thread]
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const ORIGIN = 'http://localhost:5173';

/** @param {string} name @param {number} fallback */
function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function startBenchEmulator() {
  const { startEmulator, defaultConfig } = await import('../emulator/index.js');
  return startEmulator({ port: 0, config: { ...defaultConfig, rate_limits: { passwordless_start_per_ip_per_hour: 1e9 } } });
}

if (!isMainThread) {
  // Worker: run the emulator and answer "what is the code for X" over the message port.
  const emu = await startBenchEmulator();
  parentPort?.on('message', (/** @type {{ id: number, to: string }} */ m) => {
    parentPort?.postMessage({ id: m.id, code: emu.outbox.latest(m.to)?.code });
  });
  parentPort?.postMessage({ url: emu.url });
} else {
  await main();
}

async function main() {
  const seconds = flag('seconds', 5);
  const concurrency = flag('concurrency', 16);
  const sameThread = process.argv.includes('--same-thread');
  /** @type {string} */ let url;
  /** @type {(to: string) => Promise<string|undefined>} */ let codeFor;
  /** @type {() => Promise<unknown>} */ let stop;
  if (sameThread) {
    const emu = await startBenchEmulator();
    url = emu.url;
    codeFor = async (to) => emu.outbox.latest(to)?.code;
    stop = () => emu.close();
  } else {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: {} });
    /** @type {Map<number, (code: string|undefined) => void>} */
    const waiting = new Map();
    let nextId = 0;
    url = await new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', (m) => {
        if (m.url) resolve(m.url);
        else waiting.get(m.id)?.(m.code), waiting.delete(m.id);
      });
    });
    codeFor = (to) => new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ id, to });
    });
    stop = () => worker.terminate();
  }
  void workerData;
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

  /**
   * @param {string} method @param {string} path @param {Record<string, string>} headers @param {string} [body]
   * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
   */
  function call(method, path, headers, body) {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: target.port, method, path, headers: { host: target.host, ...headers }, agent }, (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => { data += c; });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  let counter = 0;
  async function login() {
    const email = `bench${counter++}@example.com`;
    const json = { 'content-type': 'application/json', origin: ORIGIN };
    const s = await call('POST', '/passwordless/start', json, JSON.stringify({
      client_id: 'demo-spa', connection: 'email', send: 'code', email,
      authParams: { response_type: 'token id_token', redirect_uri: `${ORIGIN}/`, scope: 'openid profile email', state: 'st', nonce: 'nn' },
    }));
    if (s.status !== 200) throw new Error(`start ${s.status} ${s.body}`);
    const otp = await codeFor(email);
    if (!otp) throw new Error('no code in the outbox');
    const co = await call('POST', '/co/authenticate', json, JSON.stringify({ client_id: 'demo-spa', username: email, otp, realm: 'email', credential_type: OTP_GRANT }));
    if (co.status !== 200) throw new Error(`co/authenticate ${co.status} ${co.body}`);
    const cookie = String(co.headers['set-cookie']?.[0] ?? '').split(';')[0];
    const { login_ticket: ticket } = JSON.parse(co.body);
    const q = new URLSearchParams({ client_id: 'demo-spa', response_type: 'token id_token', redirect_uri: `${ORIGIN}/`, scope: 'openid profile email', state: 'st', nonce: 'nn', login_ticket: ticket });
    const a = await call('GET', `/authorize?${q}`, { cookie });
    if (a.status !== 302 || !String(a.headers.location).includes('id_token=')) throw new Error(`authorize ${a.status} ${a.headers.location}`);
  }

  // Warm up (JIT, keys, sockets).
  await Promise.all(Array.from({ length: concurrency }, () => login()));
  /** @type {number[]} */
  const latencies = [];
  const began = performance.now();
  const deadline = began + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await login();
      latencies.push(performance.now() - t0);
    }
  }));
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (/** @type {number} */ p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  const rate = latencies.length / elapsed;
  process.stdout.write(`Emulator benchmark (${sameThread ? 'same thread' : 'emulator in a worker thread'}, concurrency ${concurrency}, ${elapsed.toFixed(1)} s)\n`);
  process.stdout.write(`  ${latencies.length} complete code logins (start + co/authenticate + authorize)\n`);
  process.stdout.write(`  ${rate.toFixed(0)} logins/s; latency p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms\n`);
  agent.destroy();
  await stop();
}
