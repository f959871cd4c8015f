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

test('--verify-redirect-accepts any|link-issued: wins over the config file; a bad value is refused with the choices', async () => {
  const bad = spawnSync(process.execPath, [CLI, '--verify-redirect-accepts', 'sometimes'], { env, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--verify-redirect-accepts needs "link-issued" or "any", got "sometimes"/);
  const missing = spawnSync(process.execPath, [CLI, '--verify-redirect-accepts'], { env, encoding: 'utf8' });
  assert.equal(missing.status, 1);
  const dir = mkdtempSync(join(tmpdir(), 'emu-'));
  const strictFile = join(dir, 'strict.json');
  writeFileSync(strictFile, JSON.stringify({
    clients: [{ client_id: 'cli-spa', app_type: 'spa', callbacks: ['http://localhost:5173/'], allowed_origins: ['http://localhost:5173'] }],
    connections: { email: {} }, verify_redirect_accepts: 'link-issued',
  }));
  const badFile = join(dir, 'bad-accepts.json');
  writeFileSync(badFile, JSON.stringify({ clients: [{ client_id: 'a', app_type: 'spa', callbacks: ['http://localhost/'] }], connections: { email: {} }, verify_redirect_accepts: 'all' }));
  const badConfig = spawnSync(process.execPath, [CLI, '--config', badFile], { env, encoding: 'utf8' });
  assert.equal(badConfig.status, 1);
  assert.match(badConfig.stderr, /verify_redirect_accepts must be "link-issued" .* or "any" .*, got "all"/);

  /** Starts the CLI, sends a send:"code" code and takes it to verify_redirect; returns the error of the redirect, if any. @param {string[]} args */
  async function typedCodeAtVerifyRedirect(args) {
    const cli = startCli(['--port', '0', ...args]);
    try {
      const url = await cli.url;
      const email = 'typed-cli@example.com';
      await fetch(`${url}/passwordless/start`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_id: 'cli-spa', connection: 'email', send: 'code', email }) });
      const [message] = await (await fetch(`${url}/__emulator/outbox?to=${email}`)).json();
      const q = new URLSearchParams({
        client_id: 'cli-spa', response_type: 'token id_token', redirect_uri: 'http://localhost:5173/', scope: 'openid', state: 's', nonce: 'n',
        connection: 'email', email, verification_code: message.code,
      });
      const r = await fetch(`${url}/passwordless/verify_redirect?${q}`, { redirect: 'manual' });
      return { output: cli.output(), fragment: new URLSearchParams((r.headers.get('location') ?? '').split('#')[1] ?? '') };
    } finally {
      cli.child.kill('SIGTERM');
    }
  }
  const lenient = await typedCodeAtVerifyRedirect(['--config', strictFile, '--verify-redirect-accepts', 'any']);
  assert.match(lenient.output, /verify_redirect accepts: any code/);
  assert.ok(lenient.fragment.get('id_token'), 'the flag wins over the file');
  const strict = await typedCodeAtVerifyRedirect(['--verify-redirect-accepts=link-issued', '--config', strictFile]);
  assert.match(strict.output, /verify_redirect accepts: link-issued codes only/);
  assert.equal(strict.fragment.get('error'), 'access_denied');
});
