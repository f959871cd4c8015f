// @ts-check
// The CLI as a user runs it: prints its URL, serves, explains bad config and a busy port.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../emulator/cli.js', import.meta.url));
const env = { ...process.env, NODE_ENV: 'test' };

/** Starts the CLI and resolves with its URL once it listens. @param {string[]} args */
function startCli(args) {
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Auth0 emulator listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return { child, url: /** @type {Promise<string>} */ (url), output: () => out };
}

test('--help, bad config and a busy port', async () => {
  const help = spawnSync(process.execPath, [CLI, '--help'], { env, encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--port N/);
  const dir = mkdtempSync(join(tmpdir(), 'emu-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ clients: [{ client_id: 'a', app_type: 'native', callbacks: [] }], connections: { email: {} } }));
  const r = spawnSync(process.execPath, [CLI, '--config', bad], { env, encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /clients\[0\]\.app_type must be "spa" or "regular_web"/);
  const prod = spawnSync(process.execPath, [CLI, '--port', '0'], { env: { ...env, NODE_ENV: 'production' }, encoding: 'utf8' });
  assert.equal(prod.status, 1);
  assert.match(prod.stderr, /NODE_ENV=production/);

  const first = startCli(['--port', '0']);
  try {
    const url = await first.url;
    const port = new URL(url).port;
    const busy = spawnSync(process.execPath, [CLI, '--port', port], { env, encoding: 'utf8' });
    assert.equal(busy.status, 1);
    assert.match(busy.stderr, new RegExp(`Port ${port} is already in use`));
    const conf = await (await fetch(`${url}/.well-known/openid-configuration`)).json();
    assert.equal(conf.issuer, `${url}/`);
    await fetch(`${url}/passwordless/start`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' }, body: JSON.stringify({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'cli@example.com' }) });
    const [message] = await (await fetch(`${url}/__emulator/outbox?to=cli@example.com`)).json();
    assert.match(message.code, /^\d{6}$/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.match(first.output(), /POST \/passwordless\/start 200/);
    assert.ok(!first.output().includes(message.code), 'codes are never logged');
  } finally {
    first.child.kill('SIGTERM');
  }
});
