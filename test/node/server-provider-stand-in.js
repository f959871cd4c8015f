// @ts-check
// A local stand-in of the human-check providers' verify endpoints (Turnstile, hCaptcha, reCAPTCHA), as a real HTTP
// server: the handler's calls reach it through its `fetch` option, with `https://` replaced by the stand-in's origin
// (the emulator's convention). It answers the providers' documented test secrets as they do, and for any other
// secret (a "real" site) it behaves like the provider: a token it issued passes once, for the host it was solved on.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';

export const PROVIDER_HOSTS = ['challenges.cloudflare.com', 'api.hcaptcha.com', 'www.google.com'];

/** The providers' documented test keys and tokens. */
export const TEST_KEYS = {
  turnstile: { siteKey: '1x00000000000000000000AA', secret: '1x0000000000000000000000000000000AA', token: 'XXXX.DUMMY.TOKEN.XXXX' },
  hcaptcha: { siteKey: '10000000-ffff-ffff-ffff-000000000001', secret: '0x0000000000000000000000000000000000000000', token: '10000000-aaaa-bbbb-cccc-000000000001' },
  recaptcha: { siteKey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', secret: '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe', token: 'any-token-passes' },
};
export const TURNSTILE_FAILS = '2x0000000000000000000000000000000AA';
export const TURNSTILE_SPENT = '3x0000000000000000000000000000000AA';

/** A "real" site's keys, one per provider: tokens must come from `issue`. */
export const REAL_KEYS = {
  turnstile: { siteKey: '0x4AAAAAAAreal-site-key', secret: '0x4AAAAAAAreal-secret-key-turnstile' },
  hcaptcha: { siteKey: 'a1b2c3d4-real-site-key', secret: '0xREALhcaptchaSECRET000000000000000000000' },
  recaptcha: { siteKey: '6LrealSiteKey', secret: '6LrealSecretKey-recaptcha' },
};

/** @typedef {'turnstile'|'hcaptcha'|'recaptcha'} Provider */
/** @typedef {'answer'|'down500'|'html'|'hang'|'internal-error'} Mode */

/** @param {string} path @returns {Provider|undefined} */
function providerOf(path) {
  if (path === '/challenges.cloudflare.com/turnstile/v0/siteverify') return 'turnstile';
  if (path === '/api.hcaptcha.com/siteverify') return 'hcaptcha';
  if (path === '/www.google.com/recaptcha/api/siteverify') return 'recaptcha';
  return undefined;
}

/**
 * The answer a provider gives.
 * @param {Provider} provider @param {URLSearchParams} form @param {Map<string, { provider: Provider, hostname: string }>} issued
 * @param {Set<string>} seen
 */
function verdict(provider, form, issued, seen) {
  const secret = form.get('secret') ?? '';
  const token = form.get('response') ?? '';
  const test = TEST_KEYS[provider];
  const no = (/** @type {string} */ code) => ({ success: false, 'error-codes': [code] });
  if (!secret) return no('missing-input-secret');
  if (provider === 'turnstile' && secret === TURNSTILE_FAILS) return no('invalid-input-response');
  if (provider === 'turnstile' && secret === TURNSTILE_SPENT) return no('timeout-or-duplicate');
  if (secret === test.secret) {
    if (provider === 'turnstile') return token === test.token ? { success: true, hostname: 'example.com', 'error-codes': [] } : no('invalid-input-response');
    if (provider === 'hcaptcha') {
      if (form.get('sitekey') !== test.siteKey) return no('sitekey-secret-mismatch');
      return token === test.token ? { success: true, hostname: 'dummy-key-pass' } : no('invalid-input-response');
    }
    return { success: true, hostname: 'testkey.google.com', challenge_ts: new Date().toISOString() };
  }
  if (secret !== REAL_KEYS[provider].secret) return no('invalid-input-secret');
  if (provider === 'hcaptcha' && form.get('sitekey') !== REAL_KEYS.hcaptcha.siteKey) return no('sitekey-secret-mismatch');
  const solved = issued.get(token);
  if (!solved || solved.provider !== provider) return no('invalid-input-response');
  if (seen.has(token)) return no(provider === 'hcaptcha' ? 'invalid-or-already-seen-response' : 'timeout-or-duplicate');
  seen.add(token);
  return { success: true, hostname: solved.hostname };
}

export async function startProviderStandIn() {
  /** @type {{ provider: Provider|undefined, form: URLSearchParams, contentType: string }[]} */
  const requests = [];
  /** @type {Map<string, { provider: Provider, hostname: string }>} */
  const issued = new Map();
  const seen = new Set();
  /** @type {Mode} */
  let mode = 'answer';
  /** @type {import('node:http').ServerResponse[]} */
  const hanging = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const provider = providerOf(new URL(req.url ?? '/', 'http://x').pathname);
      const form = new URLSearchParams(body);
      requests.push({ provider, form, contentType: String(req.headers['content-type']) });
      if (!provider || req.method !== 'POST') return void res.writeHead(404).end();
      if (mode === 'hang') return void hanging.push(res);
      if (mode === 'down500') return void res.writeHead(500).end('oops');
      if (mode === 'html') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>maintenance</html>');
      const answer = mode === 'internal-error' ? { success: false, 'error-codes': ['internal-error'] } : verdict(provider, form, issued, seen);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  let closed = false;
  return {
    requests,
    /** Provider calls only. */
    verifications: () => requests.filter((r) => r.provider),
    /** What the widget hands the page once solved, on `hostname`. @param {Provider} provider @param {string} hostname */
    issue(provider, hostname = 'localhost') {
      const token = `stand-in:${provider}:${randomBytes(12).toString('base64url')}`;
      issued.set(token, { provider, hostname });
      return token;
    },
    /** @param {Mode} next */
    setMode(next) {
      mode = next;
    },
    /**
     * The handler's upstream: provider URLs go to the stand-in, everything else to the network (the emulator).
     * @param {Parameters<typeof fetch>[0]} input @param {Parameters<typeof fetch>[1]} [init]
     */
    upstream(input, init) {
      const url = String(input instanceof Request ? input.url : input);
      const host = PROVIDER_HOSTS.find((h) => url.startsWith(`https://${h}/`));
      if (!host) return fetch(input, init);
      return fetch(url.replace('https://', `${base}/`), init);
    },
    /** Stops listening, as a provider outage: connections are refused. */
    async close() {
      if (closed) return;
      closed = true;
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
