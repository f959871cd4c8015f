// @ts-check
// Serves a tiny test page plus the real auth0-js UMD bundle on another localhost port, so the
// emulator is reached cross-origin (same site), exactly like an app would reach it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { listenLoopback, closeServer } from '../../emulator/listen.js';

const require = createRequire(import.meta.url);
const bundle = readFileSync(require.resolve('auth0-js/dist/auth0.min.js'));

// The app's "Cross-Origin Verification Fallback" page: auth0-js answers the emulator's request
// for the co_verifier it stored in a cookie. (domain/clientID are not used by this call.)
const FALLBACK = `<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/auth0.min.js"></script></head><body>
<script>new auth0.WebAuth({ domain: 'unused.invalid', clientID: 'unused' }).crossOriginVerification();</script></body></html>`;

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>auth0-js test page</title>
<script src="/auth0.min.js"></script></head><body><p>auth0-js test page</p></body></html>`;

/** @param {number} [port] @returns {Promise<{ origin: string, close: () => Promise<void> }>} */
export async function startTestPage(port = 0) {
  const { servers, port: actual } = await listenLoopback((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/auth0.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(bundle);
    } else if (path === '/fallback.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(FALLBACK);
    } else if (path === '/favicon.ico') {
      res.writeHead(404);
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(PAGE);
    }
  }, port);
  return { origin: `http://localhost:${actual}`, close: async () => { await Promise.all(servers.map(closeServer)); } };
}
