// @ts-check
// A tiny app page on its own localhost port that loads auth0-spa-js's own ESM build (the file its package ships), as an
// app bundling the SDK would: `window.createAuth0Client` is the SDK's export, nothing wrapped.
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { startStaticServer } from './static-server.js';

const require = createRequire(import.meta.url);
/** The installed version, e.g. 2.28.3 (the README names the one tested). */
export const AUTH0_SPA_JS_VERSION = require('@auth0/auth0-spa-js/package.json').version;
const dist = dirname(require.resolve('@auth0/auth0-spa-js/dist/auth0-spa-js.production.esm.js'));

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>auth0-spa-js test page</title>
<script type="module">
import { createAuth0Client } from '/auth0-spa-js.production.esm.js';
window.createAuth0Client = createAuth0Client;
</script></head><body><p>auth0-spa-js test page</p></body></html>`;

/** Serves the page at `/` (also the callback and logout URL) and the SDK's dist files. */
export async function startSpaJsPage() {
  const server = await startStaticServer({ root: dist, pages: { '/': PAGE } });
  return { origin: server.url, close: server.close };
}
