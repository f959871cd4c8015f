// @ts-check
// The https emulator as a new user meets it: the CLI prints how to trust its local CA, Node trusts it only where
// NODE_EXTRA_CA_CERTS says so, Chromium with the printed SPKI hash, and the CA is made once and kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { createServer, get } from 'node:https';
import { X509Certificate, createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator } from '../../emulator/index.js';
import { ensureCertificates } from '../../emulator/certificates.js';
import { launchBrowser } from '../helpers/browser.js';
import { chromeArgs } from '../../scripts/chrome-path.js';

const CLI = fileURLToPath(new URL('../../emulator/cli.js', import.meta.url));
const run = promisify(execFile);
const freshDir = () => join(mkdtempSync(join(tmpdir(), 'emulator-tls-')), 'tls');
const DAY = 86_400_000;

/**
 * Fetches `url` as JSON from a child Node process with the given extra environment: how a user's app would.
 * @param {string} url @param {Record<string, string>} env
 */
async function fetchInChild(url, env) {
  const script = `fetch(${JSON.stringify(url)}).then((r) => r.json()).then((b) => console.log(JSON.stringify(b)), (e) => { console.log(JSON.stringify({ failed: String(e.cause?.code ?? e.message) })); })`;
  const base = { ...process.env };
  delete base.NODE_EXTRA_CA_CERTS;
  const { stdout } = await run(process.execPath, ['-e', script], { env: { ...base, ...env } });
  return JSON.parse(stdout);
}

test('https: the issuer and every endpoint are https://localhost:PORT, trusted through NODE_EXTRA_CA_CERTS only', async () => {
  const dir = freshDir();
  const emulator = await startEmulator({ port: 0, https: true, certificatesDir: dir });
  try {
    assert.equal(emulator.url, `https://localhost:${emulator.port}`);
    const certificates = /** @type {NonNullable<typeof emulator.certificates>} */ (emulator.certificates);
    assert.equal(certificates.caFile, join(dir, 'ca.pem'));
    const discoveryUrl = `${emulator.url}/.well-known/openid-configuration`;

    const untrusted = await fetchInChild(discoveryUrl, {});
    assert.match(untrusted.failed, /SELF_SIGNED|UNABLE_TO_VERIFY|CERT/, 'without the CA, Node refuses the connection');

    const discovery = await fetchInChild(discoveryUrl, { NODE_EXTRA_CA_CERTS: certificates.caFile });
    assert.equal(discovery.issuer, `https://localhost:${emulator.port}/`);
    for (const [name, value] of Object.entries(discovery)) {
      if (name.endsWith('_endpoint') || name === 'jwks_uri') assert.ok(value.startsWith(`${emulator.url}/`), `${name}: ${value}`);
    }
    const jwks = await fetchInChild(discovery.jwks_uri, { NODE_EXTRA_CA_CERTS: certificates.caFile });
    assert.equal(jwks.keys.length, 1);
  } finally {
    await emulator.close();
  }
});

test('https: the local CA is made once and kept; the server certificate covers localhost and is renewed before it expires', async () => {
  const dir = freshDir();
  const [first, racing] = await Promise.all([ensureCertificates({ dir }), ensureCertificates({ dir })]);
  const again = await ensureCertificates({ dir });
  assert.equal(racing.caPem, first.caPem, 'two emulators starting at once share one CA');
  assert.equal(again.caPem, first.caPem);
  assert.ok([first.cert, racing.cert].includes(again.cert), 'and one of their certificates, with its own key');
  assert.equal((await ensureCertificates({ dir })).cert, again.cert, 'a valid certificate is reused');
  assert.deepEqual(readdirSync(dir).sort(), ['ca-key.pem', 'ca.pem', 'localhost.pem']);
  assert.equal(statSync(join(dir, 'ca-key.pem')).mode & 0o077, 0, 'the CA key is readable by its owner only');
  assert.equal(statSync(join(dir, 'localhost.pem')).mode & 0o077, 0, 'so is the server key');

  const ca = new X509Certificate(first.caPem);
  const server = new X509Certificate(readFileSync(join(dir, 'localhost.pem')));
  assert.ok(ca.ca, 'the CA is a CA');
  assert.equal(server.ca, false);
  assert.ok(server.verify(ca.publicKey));
  assert.equal(server.checkHost('localhost'), 'localhost');
  assert.equal(server.checkIP('127.0.0.1'), '127.0.0.1');
  assert.equal(server.checkIP('::1'), '::1');
  assert.equal(server.checkHost('example.com'), undefined);
  assert.ok(Date.parse(server.validTo) - Date.now() <= 398 * DAY, 'browsers refuse server certificates valid for more than 398 days');
  assert.equal(first.spkiHash, createHash('sha256').update(ca.publicKey.export({ type: 'spki', format: 'der' })).digest('base64'));

  const later = await ensureCertificates({ dir, now: Date.now() + 380 * DAY });
  assert.equal(later.caPem, first.caPem, 'renewing the server certificate keeps the trusted CA');
  assert.notEqual(later.cert, first.cert);
  assert.ok(new X509Certificate(later.cert).verify(ca.publicKey));
});

test('https: the CA can vouch for localhost only, even with its key leaked (a name constraint): Node refuses another host name it signed', async () => {
  const dir = freshDir();
  const { caPem } = await ensureCertificates({ dir });
  const x509 = await import('@peculiar/x509');
  const { webcrypto } = await import('node:crypto');
  const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const caKey = await webcrypto.subtle.importKey('pkcs8', Buffer.from(readFileSync(join(dir, 'ca-key.pem'), 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64'), EC, false, ['sign']);
  const keys = /** @type {CryptoKeyPair} */ (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify']));
  const forged = await x509.X509CertificateGenerator.create({
    serialNumber: '0a', subject: 'CN=bank.example', issuer: new x509.X509Certificate(caPem).subject,
    notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + DAY), signingAlgorithm: EC,
    publicKey: keys.publicKey, signingKey: caKey,
    extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'bank.example' }])],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)).toString('base64');
  const server = createServer({ cert: forged.toString('pem'), key: `-----BEGIN PRIVATE KEY-----\n${pkcs8}\n-----END PRIVATE KEY-----\n` }, (_request, response) => response.end('forged'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  try {
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    const error = await new Promise((resolve) => {
      get({ host: '127.0.0.1', port: address.port, servername: 'bank.example', ca: caPem }, () => resolve(undefined)).on('error', resolve);
    });
    assert.match(String(/** @type {Error} */ (error)?.message), /permitted subtree violation/, 'OpenSSL applies the name constraint');
  } finally {
    server.close();
  }
});

test('the JWKS carries x5c and x5t as Auth0 publishes them, for the signing key itself', async () => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const { keys: [key] } = await (await fetch(`${emulator.url}/.well-known/jwks.json`)).json();
    assert.deepEqual(Object.keys(key), ['kty', 'use', 'n', 'e', 'kid', 'x5t', 'x5c', 'alg']);
    const der = Buffer.from(key.x5c[0], 'base64');
    assert.equal(key.x5t, createHash('sha1').update(der).digest('base64url'));
    const cert = new X509Certificate(der);
    assert.ok(cert.verify(cert.publicKey), 'self-signed');
    const jwk = cert.publicKey.export({ format: 'jwk' });
    assert.equal(jwk.n, key.n);
    assert.equal(jwk.e, key.e);
  } finally {
    await emulator.close();
  }
});

test('the CLI with --https prints the lines that make Node and Chromium trust it, and Chromium opens it with the printed hash', async () => {
  const dir = freshDir();
  const child = spawn(process.execPath, [CLI, '--https', '--port', '0', '--certs', dir], { env: { ...process.env, NODE_ENV: 'test' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  try {
    await new Promise((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        if (/Mailbox:/.test(out)) resolve(undefined);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const url = /** @type {RegExpExecArray} */ (/listening on (https:\/\/localhost:(\d+))/.exec(out));
    assert.ok(url, out);
    assert.match(out, new RegExp(`domain localhost:${url[2]} \\(issuer ${url[1]}/\\)`));
    assert.ok(out.includes(`NODE_EXTRA_CA_CERTS=${join(dir, 'ca.pem')}`), out);
    const spki = /** @type {RegExpExecArray} */ (/--ignore-certificate-errors-spki-list=(\S+)/.exec(out))[1];
    assert.equal(spki, (await ensureCertificates({ dir })).spkiHash);

    const browser = await launchBrowser({ args: [...chromeArgs, `--ignore-certificate-errors-spki-list=${spki}`] });
    try {
      const page = await browser.newPage();
      const response = await page.goto(`${url[1]}/.well-known/openid-configuration`);
      assert.ok(response);
      assert.equal((await response.json()).issuer, `${url[1]}/`);
    } finally {
      await browser.close();
    }
  } finally {
    child.kill();
  }
});
